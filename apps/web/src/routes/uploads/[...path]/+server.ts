// Media uploaded in the CMS is served from the site's own origin, so a page never makes a request
// to another host (privacy for visitors on watched devices, and a strict CSP).
import { error } from '@sveltejs/kit';
import { fetchUpload } from '$lib/server/content';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
  if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(params.path) || params.path.split('/').includes('..')) error(400, 'Bad file path');
  const upload = await fetchUpload(params.path);
  if (!upload) error(404, 'File not found');
  return upload;
};
