// Once per run, before the suites boot the CMS: compile the TypeScript app (config + src → dist)
// unless dist/ is newer than every source,
// then seed one database of the run's kind that each suite's CMS starts from a copy of
// (seededDatabase in the harness); suites that test the first start itself use an empty one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { appDir, suiteDatabase } from '@maine-sten/test-harness/cms';
import { connection, postgresReachable, withClient } from '@maine-sten/test-harness/postgres';
import { COMPILED, seededSqlite, seedOnce } from '@maine-sten/test-harness/seeded';
import { isStale } from '../../../scripts/build-if-stale.mjs';
import { compileStrapi } from '@maine-sten/test-harness/strapi';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (isStale('cms', COMPILED)) await compileStrapi({ appDir });
  if (suiteDatabase === 'sqlite') {
    // `pnpm test` names one for the whole run (CMS_SEEDED_SQLITE); alone, the suites make their own.
    if (process.env.CMS_SEEDED_SQLITE) {
      project.provide('seededTemplate', await seededSqlite(process.env.CMS_SEEDED_SQLITE));
      return async () => {};
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'maine-sten-seeded-'));
    project.provide('seededTemplate', await seededSqlite(path.join(dir, 'seeded.db')));
    return async () => rmSync(dir, { recursive: true, force: true });
  }
  if (!(await postgresReachable())) return async () => {};
  const database = `cms_seeded_${randomBytes(5).toString('hex')}`;
  await withClient((client) => client.query(`CREATE DATABASE ${database}`));
  await seedOnce({
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: connection.host,
    DATABASE_PORT: String(connection.port),
    DATABASE_NAME: database,
    DATABASE_USERNAME: connection.user,
    DATABASE_PASSWORD: connection.password,
    DATABASE_SCHEMA: 'public',
  });
  project.provide('seededTemplate', database);
  return async () => {
    await withClient((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  };
}
