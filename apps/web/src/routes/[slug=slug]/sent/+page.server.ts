// The confirmation after a form post (POST → redirect → here): the page's own confirmation text
// from the CMS. It repeats nothing the visitor typed.
import { error } from '@sveltejs/kit';
import { contentOptions, formSectionOf, getLayoutContent } from '$lib/server/content';
import { getViewOr503 } from '$lib/server/page-load';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  const options = contentOptions({ ...locals, preview: false });
  const [view, layout] = await Promise.all([getViewOr503(params.slug, options), getLayoutContent(options)]);
  const section = view && formSectionOf(view);
  if (!view || !section) error(404, m.notFoundTitle());
  return {
    siteName: layout.settings.siteName,
    heading: section.confirmationHeading,
    text: section.confirmationText,
  };
};
