// The confirmation after a form post (POST → redirect → here): the page's own confirmation text
// from the CMS. It repeats nothing the visitor typed.
import { error } from '@sveltejs/kit';
import { getLayoutContent, getPageView, isCmsUnavailable } from '$lib/server/content';
import { ui } from '$lib/ui-text';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const [view, layout] = await Promise.all([
    getPageView(params.slug).catch((failure: unknown) => {
      if (isCmsUnavailable(failure)) error(503, ui.errorTitle);
      throw failure;
    }),
    getLayoutContent(),
  ]);
  const section = view?.sections.find((candidate) => candidate.__typename === 'ComponentSectionsForm');
  if (!view || section?.__typename !== 'ComponentSectionsForm') error(404, ui.notFoundTitle);
  return {
    pageTitle: view.page.title,
    siteName: layout.settings.siteName,
    heading: section.confirmationHeading,
    text: section.confirmationText,
  };
};
