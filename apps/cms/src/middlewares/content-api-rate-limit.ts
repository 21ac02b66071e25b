// Rate limits on the public content API (REST and GraphQL), with rate-limiter-flexible: anonymous
// clients per address (RATE_LIMIT_MAX), partners per API token (RATE_LIMIT_TOKEN_MAX), both per
// window; counted in Redis by every CMS process when REDIS_URL is set (so N processes still give a
// client the limit once), in this process without it or while Redis is unreachable. The website's
// own tokens are never counted (its server answers every visitor); the admin panel keeps Strapi's
// own login limiter and is not touched. Says who asked in ctx.state for the middlewares after it.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimitRefusals } from '../metrics';
import { cmsSettings } from '../settings';
import { bearerToken, createApiTokenClassifier, isContentApiPath, type ApiCaller } from '../utils/content-api';
import { sharedKey, sharedStore } from '../utils/shared-store';

interface RateLimitConfig {
  /** Requests allowed per client IP in each window. */
  max: number;
  /** Requests allowed per partner API token in each window. */
  tokenMax: number;
  windowMs: number;
}

const TOO_MANY = JSON.stringify({
  data: null,
  error: { status: 429, name: 'TooManyRequests', message: 'Too many requests: wait for the time in Retry-After.' },
});

function limiterFor(points: number, name: string, config: RateLimitConfig, strapi: Core.Strapi): RateLimiterAbstract {
  const options = { points, duration: Math.max(1, Math.ceil(config.windowMs / 1000)) };
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
function describe(ctx: Context, max: number, state: RateLimiterRes): string {
  const seconds = String(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  ctx.set('RateLimit-Limit', String(max));
  ctx.set('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  ctx.set('RateLimit-Reset', seconds);
  return seconds;
}

const contentApiRateLimit = (config: RateLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  const classify = createApiTokenClassifier(strapi);
  let byAddress: RateLimiterAbstract | undefined;
  let byToken: RateLimiterAbstract | undefined;
  return async (ctx: Context, next: Next) => {
    if (!isContentApiPath(ctx.path) || ctx.method === 'OPTIONS') return next();
    const token = bearerToken(ctx);
    const check = token === null ? null : await classify(token);
    const caller = check?.caller ?? 'anonymous';
    (ctx.state as { apiCaller?: ApiCaller }).apiCaller = caller;
    if (caller === 'site') return next();
    const perToken = caller === 'partner' || caller === 'full-access';
    const max = perToken ? config.tokenMax : config.max;
    try {
      if (perToken) {
        byToken ??= limiterFor(config.tokenMax, 'content-api-token', config, strapi);
        describe(ctx, max, await byToken.consume(check!.hash));
      } else {
        byAddress ??= limiterFor(config.max, 'content-api', config, strapi);
        describe(ctx, max, await byAddress.consume(ctx.ip));
      }
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      rateLimitRefusals.inc({ caller: perToken ? 'token' : 'anonymous' });
      ctx.set('Retry-After', describe(ctx, max, refusal));
      ctx.status = 429;
      ctx.type = 'application/json';
      ctx.body = TOO_MANY;
      return;
    }
    return next();
  };
};

export default contentApiRateLimit;
