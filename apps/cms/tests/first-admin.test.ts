// In production the CMS never listens without an administrator: it creates the first one from
// ADMIN_EMAIL / ADMIN_PASSWORD, or refuses to start, so /admin/register-admin is never open.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillThrowawaySecrets } from '../scripts/throwaway-secrets.mjs';
import { appDir, bootCms, suiteDatabase, tempDatabase, tempSqliteTarget } from '@maine-sten/test-harness/cms';

const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
});

describe('in production', () => {
  // On SQLite by name: the suite's PostgreSQL run would repeat the same start.
  it.skipIf(suiteDatabase === 'postgres')('refuses to start without an administrator or the variables to create one', () => {
    const db = tempSqliteTarget();
    try {
      // Strapi exits the process when bootstrap fails: run `strapi start` as `pnpm start` does.
      const env = fillThrowawaySecrets({ ...process.env, NODE_ENV: 'production', CMS_PORT: '0', HOST: '127.0.0.1' });
      Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: db.target.filename, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
      const run = spawnSync(path.join(appDir, 'node_modules/.bin/strapi'), ['start'], { cwd: appDir, env, encoding: 'utf8', timeout: 90_000 });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toMatch(/No administrator exists.*ADMIN_EMAIL and ADMIN_PASSWORD/s);
    } finally {
      db.cleanup();
    }
  }, 180_000); // a first start (seed, translations) on a busy machine; the budget is not what is tested

  it('creates the first administrator from the environment, and sign-up stays closed', async () => {
    Object.assign(process.env, { NODE_ENV: 'production', ADMIN_EMAIL: 'first@example.org', ADMIN_PASSWORD: 'First-admin-1' });
    const db = await tempDatabase();
    const cms = await bootCms(db.target);
    try {
      const init = (await (await fetch(`${cms.url}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
      expect(init.data.hasAdmin).toBe(true);
      const login = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'first@example.org', password: 'First-admin-1' }),
      });
      expect(login.status).toBe(200);
      const register = await fetch(`${cms.url}/admin/register-admin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'intruder@example.org', password: 'Intruder-pass-1', firstname: 'In' }),
      });
      expect(register.status).toBeGreaterThanOrEqual(400);
      expect(register.status).toBeLessThan(500);
      // No GraphQL sandbox in production, and the page in its place loads nothing from other sites.
      const landing = await fetch(`${cms.url}/graphql`, { headers: { accept: 'text/html' } });
      const page = await landing.text();
      expect(page).toContain('Maine STEN content API');
      expect(page).not.toMatch(/https?:\/\//);
    } finally {
      await cms.stop();
      await db.cleanup();
    }
  }, 180_000); // a first start (seed, translations) on a busy machine; the budget is not what is tested
});
