// GET /api/preview?secret=…&uid=…&slug=…&locale=… — entered from the CMS's "Open preview" button.
import { error, redirect } from '@sveltejs/kit';
import { isPreviewSecret, PREVIEW_COOKIE, previewCookieValue, previewEnabled, sitePathFor } from '$lib/server/preview';
import { baseLocale, isSiteLocale, localizedPath, type Locale } from '$lib/i18n';
import { collectionPages } from '$lib/server/content';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, cookies }) => {
  if (!previewEnabled()) error(404, 'Not found');
  if (!isPreviewSecret(url.searchParams.get('secret'))) error(401, 'Unauthorized');
  const homes = await collectionPages().catch(() => ({}));
  const path = sitePathFor(url.searchParams.get('uid') ?? '', url.searchParams.get('slug'), homes);
  if (path === null) error(400, 'Bad slug');
  const asked = url.searchParams.get('locale') || baseLocale;
  if (!isSiteLocale(asked)) error(400, 'Unknown locale');
  cookies.set(PREVIEW_COOKIE, previewCookieValue(), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: 60 * 60,
  });
  redirect(303, localizedPath(path, asked as Locale));
};
