// GET /metrics (src/metrics.ts) for the operator's Prometheus, with METRICS_TOKEN only (404
// without one, 401 with a wrong one); and every other request counted by its route template and
// status once answered. Early in config/middlewares.ts: scrapes are neither logged nor limited.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Next } from 'koa';
import { register, requests } from '../metrics';
import { cmsSettings } from '../settings';
import { bearerToken } from '../utils/content-api';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The route template the router matched; for a request answered before routing (429, files), its family. */
function routeLabel(ctx: Context): string {
  const matched = (ctx as Context & { _matchedRoute?: unknown })._matchedRoute;
  if (typeof matched === 'string') return matched;
  if (ctx.path === '/graphql') return '/graphql';
  for (const family of ['/api/', '/admin/', '/uploads/', '/content-manager/', '/upload/']) {
    if (ctx.path.startsWith(family)) return `${family}*`;
  }
  return 'unmatched';
}

const metricsMiddleware = () => {
  const token = cmsSettings().METRICS_TOKEN;
  return async (ctx: Context, next: Next) => {
    if (ctx.path === '/metrics' && ctx.method === 'GET') {
      ctx.set('Cache-Control', 'no-store');
      if (!token) {
        ctx.status = 404;
        return;
      }
      const given = bearerToken(ctx);
      if (given === null || !timingSafeEqual(digest(given), digest(token))) {
        ctx.set('WWW-Authenticate', 'Bearer');
        ctx.status = 401;
        return;
      }
      ctx.type = register.contentType;
      ctx.body = await register.metrics();
      return;
    }
    try {
      await next();
    } finally {
      requests.inc({ route: routeLabel(ctx), status: String(ctx.status) });
    }
  };
};

export default metricsMiddleware;
