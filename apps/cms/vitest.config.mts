import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Suites whose outcome can depend on the database itself (its queries, constraints, locks, dates,
// claims by UPDATE … WHERE, dumps): they run on SQLite and again on PostgreSQL
// (TEST_DATABASE=postgres). The others test the CMS's own code, the same on either database, and
// run once, on SQLite.
export const DATABASE_SUITES = [
  'api-response-cache',
  'backup',
  'cluster',
  'content',
  'first-admin',
  'form-emails',
  'former-slugs',
  'history',
  'hotline',
  'hsds',
  'i18n',
  'idempotence',
  'operations',
  'outbox',
  'postgres',
  'postgres-server',
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
    // Strapi keeps a process-wide singleton: one booted CMS per forked worker.
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
