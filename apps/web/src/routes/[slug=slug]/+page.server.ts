import { redirect } from '@sveltejs/kit';
import { loadPage } from '$lib/server/page-load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
  if (params.slug === 'home') redirect(308, '/');
  return loadPage(params.slug, url, locals.preview, locals.cacheTags);
};
