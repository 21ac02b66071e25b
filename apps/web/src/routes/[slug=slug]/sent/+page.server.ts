// The confirmation after a form post (POST → redirect → here): the page's own confirmation text
// from the CMS. It repeats nothing the visitor typed.
import { error } from '@sveltejs/kit';
import { formSectionOf, getLayoutContent } from '$lib/server/content';
import { getViewOr503 } from '$lib/server/page-load';
import { ui } from '$lib/ui-text';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const [view, layout] = await Promise.all([getViewOr503(params.slug), getLayoutContent()]);
  const section = view && formSectionOf(view);
  if (!view || !section) error(404, ui.notFoundTitle);
  return {
    siteName: layout.settings.siteName,
    heading: section.confirmationHeading,
    text: section.confirmationText,
  };
};
