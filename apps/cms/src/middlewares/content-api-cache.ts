// Cache headers on anonymous GET responses of the content API, so partners and a CDN can cache:
// a short public max-age, and a strong ETag answered with 304 when it has not changed.
// Responses to token holders (drafts, partners) are private.
import { createHash } from 'node:crypto';
import type { Context, Next } from 'koa';
import { bearerToken, isContentApiPath } from '../utils/content-api';

interface ContentApiCacheConfig {
  maxAgeSeconds: number;
}

/** If-None-Match holds one or more (possibly weak) ETags, or "*". */
const matches = (ifNoneMatch: string, etag: string): boolean =>
  ifNoneMatch === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);

const contentApiCache = (config: ContentApiCacheConfig) => async (ctx: Context, next: Next) => {
  await next();
  if (!['GET', 'HEAD'].includes(ctx.method) || !isContentApiPath(ctx.path) || ctx.status !== 200) return;
  if (ctx.response.get('Cache-Control').includes('no-store')) return; // an answer that must never be kept (content-changes)
  if (bearerToken(ctx) !== null) {
    ctx.set('Cache-Control', 'private, no-cache');
    return;
  }
  ctx.set('Cache-Control', `public, max-age=${config.maxAgeSeconds}, stale-if-error=86400`);
  ctx.vary('Accept-Encoding');
  const body: unknown = ctx.body;
  if (body === undefined || body === null || typeof (body as { pipe?: unknown }).pipe === 'function') return;
  const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  const etag = `"${createHash('sha1').update(bytes).digest('base64url')}"`;
  ctx.set('ETag', etag);
  if (matches(ctx.get('if-none-match'), etag)) ctx.status = 304;
};

export default contentApiCache;
