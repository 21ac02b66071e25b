// The forms' start token: the page carries the time it was rendered (and a random part, so no two
// pages share one), signed so it cannot be made up. A post that comes back faster than a person
// could type is a bot's; one whose page was open longer than FORMS_TOKEN_MAX_AGE_SECONDS (a day)
// gets its form back to send again; and a token stores one submission only (a double click or a replay gets the same
// confirmation, nothing more). Signed with a key derived from CMS_FORMS_TOKEN, which every web
// process of a site shares.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { settings } from './settings.js';
import { sharedKey, sharedStore } from './shared-store';

const key = () => `form-timing:${settings.CMS_FORMS_TOKEN ?? ''}`;
const sign = (payload: string) => createHmac('sha256', key()).update(payload).digest('base64url');

export const minFillMs = () => settings.FORMS_MIN_FILL_SECONDS * 1000;
const maxAgeMs = () => settings.FORMS_TOKEN_MAX_AGE_SECONDS * 1000;

export function startedToken(now = Date.now()): string {
  const payload = `${now}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${sign(payload)}`;
}

/** 'bot': missing, forged or back too fast; 'expired': the page was open too long; else 'ok'. */
export function checkStarted(token: unknown, now = Date.now()): 'ok' | 'bot' | 'expired' {
  if (typeof token !== 'string' || token.length > 200) return 'bot';
  const [time, nonce, signature, ...rest] = token.split('.');
  if (!time || !nonce || !signature || rest.length > 0 || !/^\d{1,15}$/.test(time)) return 'bot';
  const expected = Buffer.from(sign(`${time}.${nonce}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bot';
  const age = now - Number(time);
  if (age < minFillMs()) return 'bot';
  return age > maxAgeMs() ? 'expired' : 'ok';
}

/**
 * The submission's key for the CMS (its Idempotency-Key): the same for every delivery of one
 * submission, so the CMS stores it once. A keyed hash of the token, never the token itself.
 */
export const submissionKeyOf = (token: string): string => createHmac('sha256', key()).update(`submission:${token}`).digest('base64url');

/** Tokens that stored a submission (or are storing one), until they would have expired anyway. */
const used = new LRUCache<string, true>({ max: 100_000, ttl: 48 * 60 * 60 * 1000 });
const usedKey = (token: string) => sharedKey(`form-token:${createHmac('sha256', key()).update(token).digest('base64url')}`);

/**
 * Takes the token for one submission; false when it already took one (a replay or a double click),
 * in any web process when Redis is there (one SET NX), in this one otherwise.
 */
export async function claimStarted(token: string): Promise<boolean> {
  if (used.has(token)) return false;
  used.set(token, true);
  const redis = sharedStore();
  if (!redis?.isReady) return true;
  const ttl = settings.FORMS_TOKEN_MAX_AGE_SECONDS * 2;
  return (await redis.set(usedKey(token), '1', { NX: true, EX: ttl }).catch(() => 'OK')) === 'OK';
}

/** Gives the token back when its submission could not be stored, so the visitor can send it again. */
export async function releaseStarted(token: string): Promise<void> {
  used.delete(token);
  const redis = sharedStore();
  if (redis?.isReady) await redis.del(usedKey(token)).catch(() => {});
}
