// The website's server: adapter-node's handler (the built SvelteKit app and its static files),
// with the output cache in front. A published page rendered once is answered from memory, without
// running SvelteKit, until the content TTL passes or the CMS reports a change. Drafts (a preview
// cookie) always go to SvelteKit. `node server.js` reads PORT, HOST and the app's variables.
import http from 'node:http';
import { encodingFor, sharedOutputCache } from './src/lib/server/output-cache.js';
import { settings } from './src/lib/server/settings.js';

const cache = sharedOutputCache(settings.CONTENT_TTL_SECONDS * 1000);
// Imported after the cache exists, so the app's hooks find and fill this same instance.
const { handler } = await import('./build/handler.js');

const PREVIEW = /(?:^|;)\s*sten_preview=/;

const server = http.createServer((req, res) => {
  if ((req.method === 'GET' || req.method === 'HEAD') && !PREVIEW.test(req.headers.cookie ?? '')) {
    const page = cache.get(req.url ?? '/', encodingFor(req.headers['accept-encoding']));
    if (page) {
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

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
};
// An operator's (and the memory test's) look at memory: SIGUSR2 prints it, after a garbage
// collection when Node runs with --expose-gc.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  console.log(`[memory] rss=${rss} heapTotal=${heapTotal} heapUsed=${heapUsed} external=${external}`);
});
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
