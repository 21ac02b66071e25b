// Called by the CMS when content changes (payload shaped like a Strapi webhook). Guarded by
// REVALIDATE_SECRET; duplicate, partial or unknown payloads are harmless.
import { timingSafeEqual } from 'node:crypto';
import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { invalidateForChange } from '$lib/server/content';
import type { RequestHandler } from './$types';

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

export const POST: RequestHandler = async ({ request }) => {
  const expected = env.REVALIDATE_SECRET;
  if (!expected) error(404, 'Not found');
  const given = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  if (!sameSecret(given, expected)) error(401, 'Unauthorized');

  const payload: unknown = await request.json().catch(() => null);
  if (!payload || typeof payload !== 'object') error(400, 'Expected a JSON object like a Strapi webhook payload');
  const model = (payload as { model?: unknown }).model;
  const invalidated = typeof model === 'string' ? invalidateForChange(model) : 0;
  return json({ invalidated });
};
