// Per-visitor limits on posts (rate-limiter-flexible), counted by the client address (behind a
// proxy, set adapter-node's ADDRESS_HEADER / XFF_DEPTH so that is the visitor's; an IPv6 client by
// its /64, see client-key.ts): form posts
// (every one counts, good or bad) and searches, each with its own budget, shared by every web
// process through Redis when REDIS_URL is set. Over a limit: 429 with
// Retry-After, on a page with the hotline.
import { error, type RequestEvent } from '@sveltejs/kit';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { m } from '$lib/i18n';
import { clientKey } from './client-key';
import { metrics } from './metrics.js';
import { outsideRequests } from './outside-requests';
import { settings } from './settings.js';
import { sharedKey, sharedStore } from './shared-store';

const limiters = new Map<string, RateLimiterAbstract>();
/** Counted in Redis by every web process when REDIS_URL is set; in this process while it is unreachable. */
const limiterFor = (name: string, points: number, duration: number) => {
  let limiter = limiters.get(name);
  if (!limiter) {
    const memory = new RateLimiterMemory({ keyPrefix: name, points, duration });
    const client = sharedStore();
    limiter = client
      ? new RateLimiterRedis({
          storeClient: client,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          keyPrefix: sharedKey(name),
          points,
          duration,
          insuranceLimiter: memory,
        })
      : memory;
    limiters.set(name, limiter);
  }
  return limiter;
};

async function consume(event: RequestEvent, limiter: RateLimiterAbstract, name: 'forms' | 'search'): Promise<void> {
  try {
    const key = clientKey(event.getClientAddress());
    await outsideRequests(() => limiter.consume(key));
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    metrics().limitRefusals.inc({ limit: name });
    event.setHeaders({ 'retry-after': String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))) });
    error(429, m.tooManyTitle());
  }
}

export const limitFormPosts = (event: RequestEvent) =>
  consume(event, limiterFor('forms', settings.FORMS_RATE_LIMIT, settings.FORMS_RATE_WINDOW_SECONDS), 'forms');

export const limitSearches = (event: RequestEvent) =>
  consume(event, limiterFor('search', settings.SEARCH_RATE_LIMIT, settings.SEARCH_RATE_WINDOW_SECONDS), 'search');
