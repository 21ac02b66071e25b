import { redirect } from '@sveltejs/kit';
import { pageHref } from '$lib/components/sections/types';
import { loadPage } from '$lib/server/page-load';
import { submitForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
  if (params.slug === 'home') redirect(308, pageHref('home', locals.locale));
  return loadPage(params.slug, url, locals);
};

/** A page with a "Form" section takes its posts here; other pages answer 405. */
export const actions: Actions = {
  default: (event) => submitForm(event, event.params.slug),
};
