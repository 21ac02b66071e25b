import { contentOptions, getLayoutContent } from '$lib/server/content';
import { loadPage } from '$lib/server/page-load';
import { partnerTools } from '$lib/server/partners';
import type { PageServerLoad } from './$types';

/** The "partners" page editors write, and below it the snippets and addresses made here. */
export const load: PageServerLoad = async ({ url, locals }) => {
  const [page, layout] = await Promise.all([loadPage('partners', url, locals), getLayoutContent(contentOptions(locals))]);
  return { ...page, tools: partnerTools(url.origin, locals.locale, layout.settings.hotline) };
};
