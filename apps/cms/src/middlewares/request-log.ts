// A line per request on stdout, at Strapi's `http` level, like Strapi's own request logger
// (strapi::logger, which this replaces): `http: POST /graphql (2 ms) 200`. Not through winston,
// and not one blocking write per line: the lines of one turn of the event loop go out in one
// write. Under a partner's polling (thousands of cached answers a second) the per-line write and
// winston's formatting were a tenth of each answer's time. Whatever is still gathered when the
// process exits is written then.
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

const requestLog = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => async (ctx: Context, next: Next) => {
  const start = Date.now();
  try {
    await next();
  } finally {
    // The level an operator or a test set on Strapi's logger (the tests' cms-server.mjs: warn).
    if (strapi.log.isLevelEnabled('http')) {
      writeRequestLine(logLine(logTime(), 'http', `${ctx.method} ${ctx.url} (${Date.now() - start} ms) ${ctx.status}`));
    }
  }
};

export default requestLog;
