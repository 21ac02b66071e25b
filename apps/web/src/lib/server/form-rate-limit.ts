// A per-visitor limit on form posts (rate-limiter-flexible), counted by the client address
// (behind a proxy, set adapter-node's ADDRESS_HEADER / XFF_DEPTH so that is the visitor's).
// Every post counts, good or bad. Over the limit: 429 with Retry-After, on a page with the hotline.
import { error, type RequestEvent } from '@sveltejs/kit';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { m } from '$lib/i18n';
import { settings } from './settings.js';

let limiter: RateLimiterMemory | undefined;
const formsLimiter = () =>
  (limiter ??= new RateLimiterMemory({
    keyPrefix: 'forms',
    points: settings.FORMS_RATE_LIMIT,
    duration: settings.FORMS_RATE_WINDOW_SECONDS,
  }));

export async function limitFormPosts(event: RequestEvent): Promise<void> {
  try {
    await formsLimiter().consume(event.getClientAddress());
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    event.setHeaders({ 'retry-after': String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))) });
    error(429, m.tooManyTitle());
  }
}
