// Per-visitor limits on posts (rate-limiter-flexible), counted by the client address (behind a
// proxy, set adapter-node's ADDRESS_HEADER / XFF_DEPTH so that is the visitor's): form posts
// (every one counts, good or bad) and searches, each with its own budget. Over a limit: 429 with
// Retry-After, on a page with the hotline.
import { error, type RequestEvent } from '@sveltejs/kit';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { m } from '$lib/i18n';
import { settings } from './settings.js';

const limiters = new Map<string, RateLimiterMemory>();
const limiterFor = (name: string, points: number, duration: number) => {
  let limiter = limiters.get(name);
  if (!limiter) limiters.set(name, (limiter = new RateLimiterMemory({ keyPrefix: name, points, duration })));
  return limiter;
};

async function consume(event: RequestEvent, limiter: RateLimiterMemory): Promise<void> {
  try {
    await limiter.consume(event.getClientAddress());
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    event.setHeaders({ 'retry-after': String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))) });
    error(429, m.tooManyTitle());
  }
}

export const limitFormPosts = (event: RequestEvent) =>
  consume(event, limiterFor('forms', settings.FORMS_RATE_LIMIT, settings.FORMS_RATE_WINDOW_SECONDS));

export const limitSearches = (event: RequestEvent) =>
  consume(event, limiterFor('search', settings.SEARCH_RATE_LIMIT, settings.SEARCH_RATE_WINDOW_SECONDS));
