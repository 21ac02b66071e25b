// A line per request on stdout, at Strapi's `http` level, like Strapi's own request logger
// (strapi::logger, which this replaces): `http: POST /graphql (2 ms) 200`. Not through winston,
// and not one blocking write per line: the lines of one turn of the event loop go out in one
// write. Under a partner's polling (thousands of cached answers a second) the per-line write and
// winston's formatting were a tenth of each answer's time. Whatever is still gathered when the
// process exits is written then. The query's values are left out: they carry secrets (an
// unsubscribe link's token, a GraphQL GET's variables) that whoever reads the log must not get.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { logLine, logTime } from '../log/line';

let gathered: string[] = [];
let flushScheduled = false;

function flush() {
  flushScheduled = false;
  if (gathered.length === 0) return;
  const text = gathered.join('');
  gathered = [];
  process.stdout.write(text);
}

process.on('exit', flush);

export function writeRequestLine(line: string) {
  gathered.push(`${line}\n`);
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
}

/** The request's path and the names of its query parameters, as sent (so no decoded line break). */
export const loggedAddress = (ctx: Pick<Context, 'path' | 'querystring'>): string =>
  ctx.querystring ? `${ctx.path}?${ctx.querystring.split('&').map((pair) => `${pair.split('=')[0]}=…`).join('&')}` : ctx.path;

/** The request's line, when Strapi's logger is at `http` (the tests' cms-server.mjs sets warn). */
export function logRequest(strapi: Core.Strapi, method: string, address: string, start: number, status: number): void {
  if (strapi.log.isLevelEnabled('http')) writeRequestLine(logLine(logTime(), 'http', `${method} ${address} (${Date.now() - start} ms) ${status}`));
}

const requestLog = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => async (ctx: Context, next: Next) => {
  const start = Date.now();
  try {
    await next();
  } finally {
    logRequest(strapi, ctx.method, loggedAddress(ctx), start, ctx.status);
  }
};

export default requestLog;
