// /donate, where the seed text's "Donate to the … Victim Fund" links: the Donate URL of Site
// settings, so it is typed in one place and may change. Not set: there is nowhere to send people.
import { error, redirect } from '@sveltejs/kit';
import { getLayoutContent } from '$lib/server/content';
import { ui } from '$lib/ui-text';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
  const { settings } = await getLayoutContent();
  if (!settings.donateUrl) error(404, ui.notFoundTitle);
  redirect(303, settings.donateUrl);
};
