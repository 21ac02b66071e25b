import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Suites whose outcome can depend on the database itself (its queries, constraints, locks, dates,
// claims by UPDATE … WHERE, dumps): they run on SQLite and again on PostgreSQL
// (TEST_DATABASE=postgres). The others test the CMS's own code, the same on either database, and
// run once, on SQLite. So do the suites that choose their databases themselves (backup: a drill
// on each; postgres: PostgreSQL's own path; postgres-server: none): a second run would repeat them.
export const DATABASE_SUITES = [
  'api-response-cache',
  'cluster',
  'content',
  'first-admin',
  'form-emails',
  'former-slugs',
  'history',
  'hotline',
  'hsds',
  'hsds-paging',
  'i18n',
  'idempotence',
  'operations',
  'outbox',
  'roles',
  'submissions',
  'submissions-encryption',
  'translation-status',
  'uniqueness',
  'webhooks',
];

for (const name of DATABASE_SUITES) {
  if (!existsSync(new URL(`tests/${name}.test.ts`, import.meta.url))) throw new Error(`DATABASE_SUITES names tests/${name}.test.ts, which does not exist`);
}

const onPostgres = process.env.TEST_DATABASE === 'postgres';

export default defineConfig({
  test: {
    include: onPostgres ? DATABASE_SUITES.map((name) => `tests/${name}.test.ts`) : ['tests/**/*.test.ts'],
    // Strapi keeps a process-wide singleton: one booted CMS at a time per forked worker. A worker
    // runs its suites one after the other in one process, so Strapi's modules load once per worker
    // (a quarter of the suite's time went to loading them again for every suite); each suite still
    // boots its own CMS on its own database, and starts from the environment the worker started with.
    pool: 'forks',
    isolate: false,
    setupFiles: ['tests/suite-environment.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
