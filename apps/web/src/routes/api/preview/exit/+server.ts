// GET /api/preview/exit?to=/path — leaves preview mode and returns to the published page.
import { redirect } from '@sveltejs/kit';
import { PREVIEW_COOKIE } from '$lib/server/preview';
import { localPath } from '$lib/server/local-path';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, cookies }) => {
  cookies.delete(PREVIEW_COOKIE, { path: '/' });
  redirect(303, localPath(url.searchParams.get('to')));
};
