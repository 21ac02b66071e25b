// GET /api/preview/exit?to=/path — leaves preview mode and returns to the published page.
import { redirect } from '@sveltejs/kit';
import { PREVIEW_COOKIE } from '$lib/server/preview';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, cookies }) => {
  cookies.delete(PREVIEW_COOKIE, { path: '/' });
  const to = url.searchParams.get('to') ?? '/';
  // Only paths on this site: never an open redirect.
  redirect(303, /^\/(?!\/)/.test(to) ? to : '/');
};
