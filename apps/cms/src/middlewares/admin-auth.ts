// The admin's sign-in and password-reset requests tell nobody which addresses have an account.
// Strapi checks a password (bcrypt, slow) only for an address it knows, and looks a reset address
// up after answering, so how soon each answers would; here both answer no sooner than `answerMs`,
// whatever the address. Strapi limits sign-ins per address *and email* (5 in 5 minutes), which a
// list of emails walks around, so each client (utils/client-key.ts) also gets `max` attempts per
// window: failed sign-ins and reset requests count, a sign-in that succeeds gives its point back.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientKey } from '../utils/client-key';
import { rateLimiter } from '../utils/rate-limiter';

export interface AdminAuthConfig {
  /** The soonest any answer leaves, in milliseconds: longer than a password check on a busy server. */
  answerMs: number;
  /** Failed sign-ins and reset requests allowed per client in each window. */
  max: number;
  windowMs: number;
}

const LOGIN = '/admin/login';
const GUARDED = new Set([LOGIN, '/admin/forgot-password']);

// Strapi's router matches paths without regard to case or a trailing slash, so this does too.
const routeOf = (path: string) => path.toLowerCase().replace(/\/+$/, '');

/** The middleware with its limiter given: what the tests run on vitest's clock. */
export function guardAdminAuth(config: AdminAuthConfig, limiter: () => RateLimiterAbstract) {
  return async (ctx: Context, next: Next) => {
    const route = routeOf(ctx.path);
    if (ctx.method !== 'POST' || !GUARDED.has(route)) return next();
    const arrived = performance.now();
    try {
      const key = clientKey(ctx.ip);
      try {
        await limiter().consume(key);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        ctx.set('Retry-After', String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
        ctx.status = 429;
        ctx.body = { data: null, error: { status: 429, name: 'TooManyRequests', message: 'Too many attempts: wait for the time in Retry-After.' } };
        return;
      }
      await next();
      if (route === LOGIN && ctx.status === 200) await limiter().reward(key, 1);
    } finally {
      const wait = config.answerMs - (performance.now() - arrived);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
}

export default (config: AdminAuthConfig, { strapi }: { strapi: Core.Strapi }) => {
  let limiter: RateLimiterAbstract | undefined;
  return guardAdminAuth(config, () => (limiter ??= rateLimiter(config.max, 'admin-auth', config.windowMs, strapi)));
};
