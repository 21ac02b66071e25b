// One rate limiter of the CMS's kind: counted in Redis by every process when REDIS_URL is set, in
// this process without it or while Redis is unreachable (shared-store.ts).
import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';
import { cmsSettings } from '../settings';
import { sharedKey, sharedStore } from './shared-store';

/** `points` per window of `windowMs` (whole seconds, at least one), under the prefix `name`. */
export function rateLimiter(points: number, name: string, windowMs: number, strapi: Core.Strapi): RateLimiterAbstract {
  const options = { points, duration: Math.max(1, Math.ceil(windowMs / 1000)) };
  const memory = new RateLimiterMemory({ ...options, keyPrefix: name });
  const settings = cmsSettings();
  const client = sharedStore(settings, (message) => strapi.log.warn(message));
  if (!client) return memory;
  return new RateLimiterRedis({
    ...options,
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix: sharedKey(settings, name),
    insuranceLimiter: memory,
  });
}

/** RateLimit-* headers (the IETF draft's names), in whole seconds until the window resets. */
export const rateLimitHeaders = (max: number, state: RateLimiterRes) => ({
  'RateLimit-Limit': String(max),
  'RateLimit-Remaining': String(Math.max(0, state.remainingPoints)),
  'RateLimit-Reset': String(Math.max(1, Math.ceil(state.msBeforeNext / 1000))),
});

/** The content API's limit per partner token, as the rate-limit middleware counts it: the response
 * cache's front door (api-cache/front-door.ts) charges the same one. */
export const partnerLimit = new WeakMap<Core.Strapi, { max: number; consume(hash: string): Promise<RateLimiterRes> }>();
