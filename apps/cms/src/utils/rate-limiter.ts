// One rate limiter of the CMS's kind: counted in Redis by every process when REDIS_URL is set, in
// this process without it or while Redis is unreachable (shared-store.ts).
import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
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
