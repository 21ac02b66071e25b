// Strapi's schema and permission sync and this app's bootstrap (seed, locales, tokens, roles, first
// admin) are check-then-act: two processes doing them at once on one PostgreSQL database crash or
// create twins. So every CMS process, however it is started (`pnpm start`, `strapi start`,
// `strapi develop`, the image), takes a PostgreSQL advisory lock in `register`, before Strapi
// touches the database, and gives it back once its bootstrap is done; the others wait for it, then
// start on a database that is already up to date. The lock lives on a connection of its own, so a
// process that dies while starting frees it. SQLite is one process only (one file, one writer).
import pg from 'pg';
import type { CmsSettings } from '../settings';

/** One lock for every CMS process of a database schema (advisory locks are per database). */
const lockName = (settings: CmsSettings) => `maine-sten-cms-startup:${settings.DATABASE_SCHEMA}`;

/** Waits for the startup lock on PostgreSQL; returns what gives it back, once (nothing to do on SQLite). */
export async function takeStartupLock(settings: CmsSettings, log: (message: string) => void): Promise<() => Promise<void>> {
  if (settings.DATABASE_CLIENT !== 'postgres') return async () => {};
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
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockName(settings)]);
  const waited = Date.now() - started;
  if (waited > 1000) log(`[start] waited ${Math.round(waited / 1000)} s for another CMS process to finish starting`);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockName(settings)]).catch(() => {});
    await client.end().catch(() => {});
  };
}
