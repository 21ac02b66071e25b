// A minimum fill time for the forms: the page carries the time it was rendered, signed so it
// cannot be made up, and a post that comes back faster than a person could type is a bot's.
// Signed with a key derived from CMS_FORMS_TOKEN, which every web process of a site shares.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { settings } from './settings.js';

const key = () => `form-timing:${settings.CMS_FORMS_TOKEN ?? ''}`;
const sign = (time: string) => createHmac('sha256', key()).update(time).digest('base64url');

export const minFillMs = () => settings.FORMS_MIN_FILL_SECONDS * 1000;

export function startedToken(now = Date.now()): string {
  const time = String(now);
  return `${time}.${sign(time)}`;
}

/** True when the post came too soon after the page, or its time is missing or forged. */
export function filledTooFast(token: unknown, now = Date.now()): boolean {
  if (typeof token !== 'string') return true;
  const [time, signature] = token.split('.');
  if (!time || !signature || !/^\d{1,15}$/.test(time)) return true;
  const expected = Buffer.from(sign(time));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return true;
  return now - Number(time) < minFillMs();
}
