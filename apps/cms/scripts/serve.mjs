// The CMS in production (`pnpm start`, the Docker image): the compiled app in dist/, as
// `strapi start` runs it, but safe to run as several processes on one PostgreSQL database,
// started in any order or all at once. Strapi's own schema and permission sync, and our bootstrap
// (seed, locales, tokens, roles, first admin), are check-then-act: two processes doing them at
// once crash or create twins. So each process takes a PostgreSQL advisory lock before Strapi
// loads and gives it back once it is listening; the others wait for it, then start on a database
// that is already up to date. SQLite is one process only (one file, one writer): no lock.
// SIGTERM / SIGINT stop Strapi cleanly.
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

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await release();
  await strapi.destroy().catch(() => {});
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

try {
  await strapi.start();
} finally {
  await release();
}
