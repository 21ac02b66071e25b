// Per-IP rate limit on the public content API (REST and GraphQL), with koa-ratelimit. Requests with
// a valid API token (the website's own server, partners) are not counted; the admin panel keeps
// Strapi's own login limiter and is not touched.
import type { Core } from '@strapi/strapi';
import ratelimit from 'koa-ratelimit';
import { bearerToken, createApiTokenChecker, isContentApiPath } from '../utils/content-api';

interface RateLimitConfig {
  /** Requests allowed per client IP in each window. */
  max: number;
  windowMs: number;
}

const contentApiRateLimit = (config: RateLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  const hasValidToken = createApiTokenChecker(strapi);
  return ratelimit({
    driver: 'memory',
    db: new Map(),
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
};

export default contentApiRateLimit;
