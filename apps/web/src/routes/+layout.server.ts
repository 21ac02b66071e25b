import { getLayoutContent } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

// Every page is complete HTML; the only script is the quick-exit enhancement (src/lib/quick-exit.js).
export const csr = false;

export const load: LayoutServerLoad = async ({ locals }) => ({
  ...(await getLayoutContent(locals.preview)),
  preview: locals.preview,
});
