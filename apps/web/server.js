// The website's server: adapter-node's handler (the built SvelteKit app and its static files),
// with the output cache in front. A published page rendered once is answered from memory, without
// running SvelteKit, until the content TTL passes or the CMS reports a change. Drafts (a preview
// cookie that verifies) always go to SvelteKit. `node server.js` reads PORT, HOST and the app's
// variables; without ORIGIN nothing is kept (see serverOutputCache).
// Also answered here, never cached or logged per hit: /healthz (the process is alive; it never
// asks the CMS), /readyz (200 once the content is known, from the CMS or the snapshot; 503 before
// and while stopping) and /metrics (Prometheus, with METRICS_TOKEN). SIGTERM stops gracefully:
// /readyz says 503, no new connection is taken, requests in flight finish (10 s at most), exit 0.
import http from 'node:http';
import { metrics, mayReadMetrics, ROUTE } from './src/lib/server/metrics.js';
import { serverOutputCache, settleEncoding } from './src/lib/server/output-cache.js';
import { carriesPreviewCookie } from './src/lib/server/preview-cookie.js';
import { settings } from './src/lib/server/settings.js';

const cache = serverOutputCache(settings);
if (!cache.enabled && settings.CONTENT_TTL_SECONDS > 0) console.warn("[output-cache] off: ORIGIN is not set, so pages would be built from each request's Host");
const stats = metrics();
// Imported after the cache exists, so the app's hooks find and fill this same instance.
const { handler } = await import('./build/handler.js');

const GRACE_MS = 10_000;
const LINGER_MS = 300;
let stopping = false;
/** Answers not finished yet. */
const inFlight = new Set();

/** @param {http.ServerResponse} res @param {number} status @param {string} body @param {string} [type] */
function answer(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
async function operatorEndpoint(req, res) {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/healthz') return answer(res, 200, 'ok\n'), true;
  if (path === '/readyz') {
    const ready = !stopping && stats.readings.ready();
    return answer(res, ready ? 200 : 503, ready ? 'ready\n' : stopping ? 'stopping\n' : 'no content yet\n'), true;
  }
  if (path === '/metrics') {
    if (!settings.METRICS_TOKEN) return answer(res, 404, 'Not found\n'), true;
    if (!mayReadMetrics(req.headers.authorization, settings.METRICS_TOKEN)) {
      res.setHeader('www-authenticate', 'Bearer');
      return answer(res, 401, 'Unauthorized\n'), true;
    }
    return answer(res, 200, await stats.register.metrics(), stats.register.contentType), true;
  }
  return false;
}

const server = http.createServer(async (req, res) => {
  if (req.method === 'GET' && (await operatorEndpoint(req, res))) return;
  inFlight.add(res);
  if (stopping) res.setHeader('connection', 'close');
  res.once('close', () => {
    inFlight.delete(res);
    // The route template the hooks set; static files and cache hits have none.
    const route = /** @type {Record<symbol, string | undefined>} */ (/** @type {unknown} */ (req))[ROUTE] ?? 'static';
    stats.requests.inc({ route, status: String(res.statusCode) });
  });
  const encoding = settleEncoding(req);
  // Only a preview cookie that verifies skips the cache: a forged one gets the published page anyway.
  if ((req.method === 'GET' || req.method === 'HEAD') && !carriesPreviewCookie(req.headers.cookie, settings.PREVIEW_SECRET)) {
    const page = cache.get(req.url ?? '/', encoding);
    if (page) {
      stats.outputCache.inc({ result: 'hit' });
      /** @type {Record<symbol, string | undefined>} */ (/** @type {unknown} */ (req))[ROUTE] = page.route ?? 'cached';
      res.writeHead(page.status, { ...page.headers, 'x-output-cache': 'hit' });
      res.end(req.method === 'HEAD' ? undefined : page.body);
      return;
    }
  }
  handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});

const host = settings.HOST;
const port = settings.PORT;
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

async function stop() {
  if (stopping) return;
  stopping = true; // /readyz answers 503 from now on: a load balancer stops sending here
  // Each connection closes once its answer is sent, so no new request arrives on it.
  for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  // Requests already on their way (written to an open connection) are still read and answered.
  await new Promise((resolve) => setTimeout(resolve, LINGER_MS));
  server.close();
  const until = Date.now() + GRACE_MS;
  while (inFlight.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  if (inFlight.size > 0) console.warn(`[stop] ${inFlight.size} requests still open after ${GRACE_MS / 1000} s; stopping anyway`);
  else console.log('[stop] every request in flight was answered');
  server.closeAllConnections();
  process.exit(0);
}
// An operator's (and the memory test's) look at memory: SIGUSR2 prints it, after a garbage
// collection when Node runs with --expose-gc.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  console.log(`[memory] rss=${rss} heapTotal=${heapTotal} heapUsed=${heapUsed} external=${external}`);
});
// `on`, not `once`: a library's exit hook (signal-exit) kills the process again with the signal
// when it finds itself the last listener, which `once` would make it as soon as ours ran.
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
