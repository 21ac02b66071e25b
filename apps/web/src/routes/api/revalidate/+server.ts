// Called by the CMS when content changes (payload shaped like a Strapi webhook). Guarded by
// REVALIDATE_SECRET; duplicate, partial or unknown payloads are harmless.
import { error, json } from '@sveltejs/kit';
import { settings } from '$lib/server/settings.js';
import { handleChangeNotice, reachability } from '$lib/server/content';
import { sameSecret } from '$lib/server/secrets';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
  const expected = settings.REVALIDATE_SECRET;
  if (!expected) error(404, 'Not found');
  const given = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!sameSecret(given, expected)) error(401, 'Unauthorized');

  // Only the CMS holds the secret: it is up, so the site may ask it again at once.
  reachability.answered();
  const payload: unknown = await request.json().catch(() => null);
  if (!payload || typeof payload !== 'object') error(400, 'Expected a JSON object like a Strapi webhook payload');
  const model = (payload as { model?: unknown }).model;
  if (typeof model !== 'string') return json({ invalidated: 0 });
  // Strapi names the entry's language; a change in one language refreshes only that language.
  const entryLocale = (payload as { entry?: { locale?: unknown } }).entry?.locale;
  const locale = typeof entryLocale === 'string' ? entryLocale : undefined;
  const invalidated = await handleChangeNotice(model, locale); // here and in the other web processes
  return json({ invalidated });
};
