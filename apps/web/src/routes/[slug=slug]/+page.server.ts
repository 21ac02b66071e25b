import { redirect } from '@sveltejs/kit';
import { HOME_SLUG, pageHref } from '$lib/links';
import { loadPage } from '$lib/server/page-load';
import { submitForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
  if (params.slug === HOME_SLUG) redirect(308, pageHref(HOME_SLUG, locals.locale));
  return loadPage(params.slug, url, locals);
};

/** A page with a "Form" section takes its posts here; other pages answer 405. */
export const actions: Actions = {
  default: (event) => submitForm(event, event.params.slug),
};
