// The CMS in production (`pnpm start`, the Docker image): the compiled app in dist/, as
// `strapi start` runs it, but safe to run as several processes on one PostgreSQL database,
// started in any order or all at once. Strapi's own schema and permission sync, and our bootstrap
// (seed, locales, tokens, roles, first admin), are check-then-act: two processes doing them at
// once crash or create twins. So each process takes a PostgreSQL advisory lock before Strapi
// loads and gives it back once it is listening; the others wait for it, then start on a database
// that is already up to date. SQLite is one process only (one file, one writer): no lock.
// SIGTERM / SIGINT stop it gracefully: /_ready answers 503 (the load balancer stops sending), no
// new connection is accepted, requests in flight finish (10 s at most; their connections close
// after the answer), then Strapi stops and the process exits 0.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const require = createRequire(import.meta.url);
// Strapi's ESM build cannot be loaded by Node's ESM loader (directory imports); use its CJS build.
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(appDir, 'dist');
const { cmsSettings } = require(path.join(distDir, 'src/settings.js'));

/** One lock for every CMS process of a database schema. */
const startupLock = (settings) => `maine-sten-cms-startup:${settings.DATABASE_SCHEMA}`;

/** Waits for the startup lock on a connection of its own; the lock goes when that connection does. */
async function takeStartupLock(settings) {
  const client = new pg.Client(
    settings.DATABASE_URL
      ? { connectionString: settings.DATABASE_URL }
      : {
          host: settings.DATABASE_HOST,
          port: settings.DATABASE_PORT,
          database: settings.DATABASE_NAME,
          user: settings.DATABASE_USERNAME,
          password: settings.DATABASE_PASSWORD,
          ssl: settings.DATABASE_SSL,
        },
  );
  await client.connect();
  const started = Date.now();
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [startupLock(settings)]);
  const waited = Date.now() - started;
  if (waited > 1000) console.log(`[start] waited ${Math.round(waited / 1000)} s for another CMS process to finish starting`);
  return async () => {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [startupLock(settings)]).catch(() => {});
    await client.end().catch(() => {});
  };
}

// Strapi reads apps/cms/.env itself, but only once it loads; the lock needs the settings first.
// Variables already set win over the file, as with Strapi.
const envFile = path.join(appDir, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);
const settings = cmsSettings();
const release = settings.DATABASE_CLIENT === 'postgres' ? await takeStartupLock(settings) : async () => {};
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
  await release();
  await strapi.destroy().catch(() => {});
  process.exit(0);
};
// `on`, not `once`: a library's exit hook (signal-exit) kills the process again with the signal
// when it finds itself the last listener, which `once` would make it as soon as ours ran.
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

try {
  await strapi.start();
  strapi.server.httpServer.on('request', (_request, response) => {
    inFlight.add(response);
    if (stopping) response.setHeader('connection', 'close');
    response.once('close', () => inFlight.delete(response));
  });
} finally {
  await release();
}
