// A throwaway CMS for the tests: compiles the app, boots the real Strapi with the seed content on a
// temp SQLite file, listens on CMS_PORT (default 1339) and cleans up on exit. Prints "CMS ready at
// <url>" once it answers. With CMS_SEEDED_SQLITE (a path) it starts from a copy of that seeded file
// when it exists, and otherwise writes it once seeded, for the next ones (seeded.mjs). With
// CMS_SEED_ONLY=1 it seeds the database its DATABASE_* name, then exits (a template database).
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fillThrowawaySecrets } from '../../../apps/cms/scripts/throwaway-secrets.mjs';
import { isStale } from '../../../scripts/build-if-stale.mjs';
import { COMPILED, cmsDir as appDir, copySqlite } from './seeded.mjs';

const require = createRequire(path.join(appDir, 'package.json'));
// Strapi's ESM build cannot be loaded by Node's ESM loader (directory imports); use its CJS build.
const { createStrapi, compileStrapi } = require('@strapi/strapi');

const dataDir = mkdtempSync(path.join(tmpdir(), 'maine-sten-test-cms-'));

const seedOnly = process.env.CMS_SEED_ONLY === '1';
const template = process.env.CMS_SEEDED_SQLITE;
const database = path.join(dataDir, 'data.db');
const fromTemplate = Boolean(template && existsSync(template));
if (fromTemplate) copySqlite(template, database);
Object.assign(process.env, {
  NODE_ENV: process.env.NODE_ENV ?? 'test',
  HOST: '127.0.0.1',
  CMS_PORT: process.env.CMS_PORT ?? '1339',
  ...(seedOnly ? {} : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database }),
  // The end-to-end tests sign in to the admin API from every test worker.
  ADMIN_LOGIN_RATE_LIMIT: process.env.ADMIN_LOGIN_RATE_LIMIT ?? '100',
});
fillThrowawaySecrets(process.env);

// Compiled only when a source is newer than dist/ (after `pnpm test`'s build stage it never is).
// Several test CMSs may start at once (the end-to-end scenarios): only the first compiles, the
// others reuse its dist/ (CMS_SKIP_COMPILE=1) instead of rewriting it under a running one.
if (!(process.env.CMS_SKIP_COMPILE === '1' && existsSync(path.join(appDir, 'dist/src/index.js'))) && isStale('cms', COMPILED)) {
  await compileStrapi({ appDir });
}
// The admin panel is served when it has been built (`pnpm --filter @maine-sten/cms build`).
const serveAdminPanel = existsSync(path.join(appDir, 'dist/build/index.html'));
const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel, autoReload: false });
strapi.log.level = process.env.CMS_LOG_LEVEL ?? 'warn';

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  try {
    await strapi.destroy();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

await strapi.start();
// Its clients (the end-to-end tests' request contexts) keep a connection between requests; Node's
// server drops an idle one after 5 s, and a client reusing it at that instant gets ECONNRESET (seen
// in CI on a cleanup DELETE after a journey's browser steps). The server keeps them longer than
// any client does, as the suites' CMS does (cms.ts).
strapi.server.httpServer.keepAliveTimeout = 60_000;
if (seedOnly) {
  await strapi.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
// The first CMS of a run leaves its freshly seeded database for the others, before anything
// below (test accounts, tokens, settings) is added to it.
if (template && !fromTemplate) {
  const making = `${template}.${process.pid}.making`;
  await strapi.db.connection.raw('VACUUM INTO ?', [making]);
  renameSync(making, template);
}
// End-to-end tests that change content (publish → live) write with this full-access token.
if (process.env.E2E_WRITE_TOKEN) {
  const { ensureApiToken } = require(path.join(appDir, 'dist/src/bootstrap/site-token.js'));
  await ensureApiToken(strapi, {
    name: 'End-to-end tests',
    description: 'Created by scripts/test-server.mjs',
    type: 'full-access',
    secret: process.env.E2E_WRITE_TOKEN,
  });
}
// The admin end-to-end test signs in as an editor (Strapi's Editor role).
if (process.env.E2E_EDITOR_EMAIL && process.env.E2E_EDITOR_PASSWORD) {
  const editorRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  await strapi.service('admin::user').create({
    email: process.env.E2E_EDITOR_EMAIL,
    password: process.env.E2E_EDITOR_PASSWORD,
    firstname: 'Test',
    lastname: 'Editor',
    isActive: true,
    roles: [editorRole.id],
  });
}
// The forms' end-to-end tests read staff notices at this address (their SMTP server is SMTP_HOST).
if (process.env.E2E_NOTIFICATION_EMAIL) {
  const settings = strapi.documents('api::site-setting.site-setting');
  const current = await settings.findFirst();
  await settings.update({
    documentId: current.documentId,
    data: { notificationEmail: process.env.E2E_NOTIFICATION_EMAIL },
    status: 'published',
  });
}
// strapi.start() drops process listeners set before it; set them again.
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
console.log(`CMS ready at http://127.0.0.1:${process.env.CMS_PORT}`);
