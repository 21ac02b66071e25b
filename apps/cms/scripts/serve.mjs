// The CMS in production (`pnpm start`, the Docker image): the compiled app in dist/, as
// `strapi start` runs it. Several processes on one PostgreSQL database may start in any order or
// all at once, with this script or with `strapi start`: the app takes a startup lock itself
// (src/bootstrap/startup-lock.ts).
// SIGTERM / SIGINT stop it gracefully: /_ready answers 503 (the load balancer stops sending), no
// new connection is accepted, requests in flight finish (10 s at most; their connections close
// after the answer), then Strapi stops and the process exits 0.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Strapi's ESM build cannot be loaded by Node's ESM loader (directory imports); use its CJS build.
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(appDir, 'dist');

const strapi = createStrapi({ appDir, distDir, serveAdminPanel: existsSync(path.join(distDir, 'build/index.html')), autoReload: false });
// createStrapi stops Strapi at once on these signals, cutting requests in flight: ours instead.
process.removeAllListeners('SIGTERM');
process.removeAllListeners('SIGINT');

/** Answers not finished yet, from the moment Strapi listens. */
const inFlight = new Set();
let stopping = false;
const GRACE_MS = 10_000;
const LINGER_MS = 300;

const stop = async () => {
  if (stopping) return;
  stopping = true;
  (globalThis)[Symbol.for('maine-sten.cms-stopping')] = true; // src/middlewares/health.ts
  const server = strapi.server?.httpServer;
  if (server?.listening) {
    // Each connection closes once its answer is sent, so no new request arrives on it.
    for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
    // Requests already on their way (written to an open connection) are still read and answered.
    await new Promise((resolve) => setTimeout(resolve, LINGER_MS));
    server.close();
    const until = Date.now() + GRACE_MS;
    while (inFlight.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    if (inFlight.size > 0) console.warn(`[stop] ${inFlight.size} requests still open after ${GRACE_MS / 1000} s; stopping anyway`);
  }
  await strapi.destroy().catch(() => {});
  process.exit(0);
};
// `on`, not `once`: a library's exit hook (signal-exit) kills the process again with the signal
// when it finds itself the last listener, which `once` would make it as soon as ours ran.
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

await strapi.start();
strapi.server.httpServer.on('request', (_request, response) => {
  inFlight.add(response);
  if (stopping) response.setHeader('connection', 'close');
  response.once('close', () => inFlight.delete(response));
});
