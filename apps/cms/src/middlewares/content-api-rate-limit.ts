// Per-IP rate limit on the public content API (REST and GraphQL), with rate-limiter-flexible:
// counted in Redis by every CMS process when REDIS_URL is set (so N processes still give a client
// the limit once), in this process without it or while Redis is unreachable. Requests with a
// valid API token (the website's own server, partners) are not counted; the admin panel keeps
// Strapi's own login limiter and is not touched.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimitRefusals } from '../metrics';
import { cmsSettings } from '../settings';
import { bearerToken, createApiTokenChecker, isContentApiPath } from '../utils/content-api';
import { sharedKey, sharedStore } from '../utils/shared-store';

interface RateLimitConfig {
  /** Requests allowed per client IP in each window. */
  max: number;
  windowMs: number;
}

const TOO_MANY = JSON.stringify({
  data: null,
  error: { status: 429, name: 'TooManyRequests', message: 'Too many requests: wait for the time in Retry-After.' },
});

function limiterFor(config: RateLimitConfig, strapi: Core.Strapi): RateLimiterAbstract {
  const options = { points: config.max, duration: Math.max(1, Math.ceil(config.windowMs / 1000)) };
  const memory = new RateLimiterMemory({ ...options, keyPrefix: 'content-api' });
  const settings = cmsSettings();
  const client = sharedStore(settings, (message) => strapi.log.warn(message));
  if (!client) return memory;
  return new RateLimiterRedis({
    ...options,
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix: sharedKey(settings, 'content-api'),
    insuranceLimiter: memory,
  });
}

/** RateLimit-* headers (the IETF draft's names), in whole seconds until the window resets. */
function describe(ctx: Context, max: number, state: RateLimiterRes): string {
  const seconds = String(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  ctx.set('RateLimit-Limit', String(max));
  ctx.set('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  ctx.set('RateLimit-Reset', seconds);
  return seconds;
}

const contentApiRateLimit = (config: RateLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  const hasValidToken = createApiTokenChecker(strapi);
  let limiter: RateLimiterAbstract | undefined;
  return async (ctx: Context, next: Next) => {
    if (!isContentApiPath(ctx.path) || ctx.method === 'OPTIONS') return next();
    const token = bearerToken(ctx);
    if (token !== null && (await hasValidToken(token))) return next();
    limiter ??= limiterFor(config, strapi);
    try {
      describe(ctx, config.max, await limiter.consume(ctx.ip));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      rateLimitRefusals.inc();
      ctx.set('Retry-After', describe(ctx, config.max, refusal));
      ctx.status = 429;
      ctx.type = 'application/json';
      ctx.body = TOO_MANY;
      return;
    }
    return next();
  };
};

export default contentApiRateLimit;
