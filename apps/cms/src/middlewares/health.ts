// What a load balancer and an orchestrator ask, answered before anything else runs (first in
// config/middlewares.ts: not logged per hit, never cached, no rate limit):
// - GET /_health: the process is up (204), as Strapi's own route answers;
// - GET /_ready: it can serve, its database answers (204), else 503. While it is stopping
//   (SIGTERM, scripts/serve.mjs) it answers 503 too, so the load balancer sends no more requests.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/** Set by the production start (scripts/serve.mjs) when it is told to stop. */
const STOPPING = Symbol.for('maine-sten.cms-stopping');
const stopping = () => (globalThis as Record<symbol, unknown>)[STOPPING] === true;

let databaseDown = false;

const health = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => async (ctx: Context, next: Next) => {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
  if (ctx.path === '/_health') {
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 204;
    return;
  }
  if (ctx.path !== '/_ready') return next();
  ctx.set('Cache-Control', 'no-store');
  if (stopping()) {
    ctx.status = 503;
    ctx.body = { ready: false, reason: 'stopping' };
    return;
  }
  try {
    await strapi.db.connection.raw('SELECT 1');
    ctx.status = 204;
    if (databaseDown) strapi.log.info('[ready] the database answers again');
    databaseDown = false;
  } catch (error) {
    ctx.status = 503;
    // Anyone may ask: the database's error (its host, port, user) goes to the log, once an outage.
    ctx.body = { ready: false, reason: 'database' };
    if (!databaseDown) strapi.log.warn(`[ready] the database does not answer: ${(error as Error).message}`);
    databaseDown = true;
  }
};

export default health;
