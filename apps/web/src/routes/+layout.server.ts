import { contentOptions, getLayoutContent } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

// Every page is complete HTML; the only script is the quick-exit enhancement (src/lib/quick-exit.js).
export const csr = false;

export const load: LayoutServerLoad = async ({ locals }) => ({
  ...(await getLayoutContent(contentOptions(locals))),
  locale: locals.locale,
  preview: locals.preview,
});
