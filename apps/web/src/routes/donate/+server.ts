// /donate, where the seed text's "Donate to the … Victim Fund" links: the Donate URL of Site
// settings, so it is typed in one place and may change. Not set: there is nowhere to send people.
import { error, redirect } from '@sveltejs/kit';
import { getLayoutContent } from '$lib/server/content';
import { m } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
  const { settings } = await getLayoutContent();
  if (!settings.donateUrl) error(404, m.notFoundTitle());
  redirect(303, settings.donateUrl);
};
