// The content API's response cache (src/api-cache): a published-content read asked before by a
// caller of the same kind is answered from memory or Redis, before authentication, permissions and
// the database, so a partner's polling costs next to nothing. Any change of published content drops
// every answer in every process (src/api-cache/invalidate.ts), like the site's caches. Sits inside
// the rate limit (a hit still counts) and the ETag middleware (a hit gets its ETag and 304 too).
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { cacheKey, isStorableGraphql } from '../api-cache/request';
import { apiCache } from '../api-cache/invalidate';
import { PUBLIC_READ_ACTIONS } from '../bootstrap/public-permissions';
import { apiResponseCache } from '../metrics';
import { callerOf } from '../utils/content-api';

interface ResponseCacheConfig {
  ttlSeconds: number;
  maxBytes: number;
}

/** /api/faqs, /api/site-setting …: the REST routes of what the public may read, and the directory. */
function publicRestPaths(strapi: Core.Strapi): string[] {
  const uids = new Set(PUBLIC_READ_ACTIONS.map((action) => action.split('.').slice(0, 2).join('.')));
  const paths = [...uids].map((uid) => {
    const type = strapi.contentType(uid as Parameters<Core.Strapi['contentType']>[0]);
    return `/api/${type.kind === 'singleType' ? type.info.singularName : type.info.pluralName}`;
  });
  return [...paths, '/api/hsds'];
}

const contentApiResponseCache = (config: ResponseCacheConfig, { strapi }: { strapi: Core.Strapi }) => {
  let restPaths: string[] | undefined;
  return async (ctx: Context, next: Next) => {
    if (config.ttlSeconds === 0) return next();
    restPaths ??= publicRestPaths(strapi);
    const key = cacheKey(ctx, callerOf(ctx), restPaths);
    if (key === null) return next();
    const store = apiCache(strapi, config);
    const generation = await store.generation();
    if (generation === null) return next();
    const cached = await store.get(generation, key);
    if (cached) {
      apiResponseCache.inc({ result: 'hit' });
      ctx.set('X-Api-Cache', 'hit');
      (ctx as Context & { _matchedRoute?: string })._matchedRoute = cached.route;
      ctx.status = 200;
      ctx.type = cached.type;
      ctx.body = cached.body;
      return;
    }
    apiResponseCache.inc({ result: 'miss' });
    ctx.set('X-Api-Cache', 'miss');
    await next();
    const body: unknown = ctx.body;
    if (ctx.status !== 200 || body === null || body === undefined || typeof (body as { pipe?: unknown }).pipe === 'function') return;
    if (ctx.response.get('Set-Cookie')) return;
    // Apollo marks every answer no-store by default (no cache hints in the schema); on REST it
    // means an answer that must never be kept (the change markers).
    if (ctx.path === '/graphql' ? !isStorableGraphql(ctx) : ctx.response.get('Cache-Control').includes('no-store')) return;
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
    // A GraphQL answer with errors (a partial one, or a refusal) is not the content.
    if (ctx.path === '/graphql' && bytes.includes('"errors":')) return;
    const route = (ctx as Context & { _matchedRoute?: unknown })._matchedRoute;
    await store.set(generation, key, { type: ctx.response.get('Content-Type') || 'application/json', body: bytes, route: typeof route === 'string' ? route : undefined });
  };
};

export default contentApiResponseCache;
