// Per-IP rate limit on the public content API (REST and GraphQL), with koa-ratelimit. Requests with
// a valid API token (the website's own server, partners) are not counted; the admin panel keeps
// Strapi's own login limiter and is not touched.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import ratelimit from 'koa-ratelimit';
import { bearerToken, createApiTokenChecker, isContentApiPath } from '../utils/content-api';

interface RateLimitConfig {
  /** Requests allowed per client IP in each window. */
  max: number;
  windowMs: number;
  /** Client IPs remembered at once; the oldest window is forgotten first. */
  maxClients?: number;
}

/** koa-ratelimit's memory driver wants a Map; this one forgets its oldest entry when full. */
class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly maxEntries: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.maxEntries) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}

/**
 * koa-ratelimit sends RateLimit-Reset as an epoch timestamp with decimals and rounds Retry-After
 * down, so a burst in the window's last second got `Retry-After: 0` ("retry now"). Both become
 * whole seconds until the reset, at least 1.
 */
function secondsUntilReset(ctx: Context, windowSeconds: number): void {
  const reset = Number(ctx.response.get('RateLimit-Reset'));
  if (!Number.isFinite(reset) || reset < 1e9) return; // absent, or already in seconds
  // koa-ratelimit's clock drifts from Date.now() by a few ms: never say more than a window.
  const seconds = String(Math.min(windowSeconds, Math.max(1, Math.ceil(reset - Date.now() / 1000))));
  ctx.set('RateLimit-Reset', seconds);
  if (ctx.status === 429) ctx.set('Retry-After', seconds);
}

const contentApiRateLimit = (config: RateLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  const hasValidToken = createApiTokenChecker(strapi);
  const limit = ratelimit({
    driver: 'memory',
    db: new BoundedMap(config.maxClients ?? 100_000),
    duration: config.windowMs,
    max: config.max,
    id: (ctx) => ctx.ip,
    whitelist: async (ctx) => {
      if (!isContentApiPath(ctx.path) || ctx.method === 'OPTIONS') return true;
      const token = bearerToken(ctx);
      return token !== null && (await hasValidToken(token));
    },
    headers: { remaining: 'RateLimit-Remaining', reset: 'RateLimit-Reset', total: 'RateLimit-Limit' },
    errorMessage: JSON.stringify({
      data: null,
      error: { status: 429, name: 'TooManyRequests', message: 'Too many requests: wait for the time in Retry-After.' },
    }),
  });
  const windowSeconds = Math.ceil(config.windowMs / 1000);
  return async (ctx: Context, next: Next) => {
    await limit(ctx, () => {
      secondsUntilReset(ctx, windowSeconds);
      return next();
    });
    if (ctx.state.rateLimit) secondsUntilReset(ctx, windowSeconds);
  };
};

export default contentApiRateLimit;
