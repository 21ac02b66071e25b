// Rate limits on the public content API (REST and GraphQL), with rate-limiter-flexible: anonymous
// clients per address (RATE_LIMIT_MAX; an IPv6 client per /64: utils/client-key.ts), partners per
// API token (RATE_LIMIT_TOKEN_MAX), both per window; counted in Redis by every CMS process when
// REDIS_URL is set (so N processes still give a client the limit once), in this process without it
// or while Redis is unreachable. The website's own tokens are never counted (its server answers
// every visitor); the admin panel's sign-in is limited by admin-auth.ts. Says who asked in
// ctx.state for the middlewares after it.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimitRefusals } from '../metrics';
import { clientKey } from '../utils/client-key';
import { apiTokenClassifier, bearerToken, isContentApiPath, type ApiCaller, type TokenCheck } from '../utils/content-api';
import { partnerLimit, rateLimiter, rateLimitHeaders } from '../utils/rate-limiter';

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

/** Sets the RateLimit-* headers; the seconds until the window resets. */
function describe(ctx: Context, max: number, state: RateLimiterRes): string {
  const headers = rateLimitHeaders(max, state);
  ctx.set(headers);
  return headers['RateLimit-Reset'];
}

function refuse(ctx: Context, max: number, refusal: RateLimiterRes): void {
  ctx.set('Retry-After', describe(ctx, max, refusal));
  ctx.status = 429;
  ctx.type = 'application/json';
  ctx.body = TOO_MANY;
}

const contentApiRateLimit = (config: RateLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  const tokens = apiTokenClassifier(strapi);
  let byAddress: RateLimiterAbstract | undefined;
  let byToken: RateLimiterAbstract | undefined;
  let lookups: RateLimiterAbstract | undefined;
  /** Made at the first request, once the bootstrap has connected Redis (when there is one). */
  const chargeToken = (hash: string) => {
    byToken ??= rateLimiter(config.tokenMax, 'content-api-token', config.windowMs, strapi);
    return byToken.consume(hash);
  };
  // The response cache's front door answers partners' repeated reads before this middleware
  // runs: it charges their tokens with this same limit.
  partnerLimit.set(strapi, { max: config.tokenMax, consume: chargeToken });
  /** Tokens being looked up now, and the answer each will get (null: that request was refused). */
  const lookingUp = new Map<string, Promise<TokenCheck | null>>();

  /**
   * Who the token is. One not seen in the last minute costs a database query, so those queries
   * are limited per address first (RATE_LIMIT_MAX): a flood of made-up tokens cannot reach the
   * database unthrottled. A token that turns out valid gives its point back, so partners and the
   * website never spend an address's budget, and one found valid before is taken on that answer
   * while its address is past the budget; null for any other token then (answered 429).
   * Requests with one token that arrive while it is being looked up wait for that one lookup
   * instead of each spending a point: a burst of the website's first requests is one lookup.
   */
  async function checkToken(ctx: Context, token: string, address: string): Promise<TokenCheck | null> {
    const known = tokens.known(token);
    if (known) return known;
    const inFlight = lookingUp.get(token);
    if (inFlight) {
      const answer = await inFlight;
      if (answer) return answer;
    }
    const lookup = lookUp(ctx, token, address);
    lookingUp.set(token, lookup);
    try {
      return await lookup;
    } finally {
      if (lookingUp.get(token) === lookup) lookingUp.delete(token);
    }
  }

  async function lookUp(ctx: Context, token: string, address: string): Promise<TokenCheck | null> {
    lookups ??= rateLimiter(config.max, 'api-token-lookup', config.windowMs, strapi);
    try {
      await lookups.consume(address);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const before = tokens.lastValid(token);
      if (before) return before;
      rateLimitRefusals.inc({ caller: 'anonymous' });
      refuse(ctx, config.max, refusal);
      return null;
    }
    const check = await tokens.classify(token);
    if (check.caller !== 'invalid') await lookups.reward(address, 1);
    return check;
  }

  return async (ctx: Context, next: Next) => {
    if (!isContentApiPath(ctx.path) || ctx.method === 'OPTIONS') return next();
    const address = clientKey(ctx.ip);
    const token = bearerToken(ctx);
    const check = token === null ? null : await checkToken(ctx, token, address);
    if (token !== null && check === null) return;
    const caller = check?.caller ?? 'anonymous';
    (ctx.state as { apiCaller?: ApiCaller }).apiCaller = caller;
    if (caller === 'site') return next();
    const perToken = caller === 'partner' || caller === 'full-access';
    const max = perToken ? config.tokenMax : config.max;
    try {
      if (perToken) {
        describe(ctx, max, await chargeToken(check!.hash));
      } else {
        byAddress ??= rateLimiter(config.max, 'content-api', config.windowMs, strapi);
        describe(ctx, max, await byAddress.consume(address));
      }
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      rateLimitRefusals.inc({ caller: perToken ? 'token' : 'anonymous' });
      refuse(ctx, max, refusal);
      return;
    }
    return next();
  };
};

export default contentApiRateLimit;
