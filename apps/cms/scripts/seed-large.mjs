// `pnpm seed:large`: adds the large made-up content (apps/cms/src/seed/large-content.ts: 200
// agencies, 500 resources, 100 FAQs and 60 pages, each in English, Spanish and French) to the
// database the CMS's settings name (the environment, then apps/cms/.env, as the CMS reads them),
// for measuring at ten times the seed's volume. For a test database only: it refuses
// NODE_ENV=production. Run it again and it adds only what is missing. Boots the compiled CMS
// without listening (compiled first if a source changed), so the content goes in through the same
// checks as an editor's; a database never started before gets the seed's content first, as on any first start.
import { createRequire } from 'node:module';
import path from 'node:path';
import { isStale } from '../../../scripts/build-if-stale.mjs';
import { appDir, databaseTarget, settings } from './database-target.mjs';
import { fillThrowawaySecrets } from './throwaway-secrets.mjs';

// The CMS's settings as `pnpm start` gives them to it: the environment, then apps/cms/.env.
const known = settings();
Object.assign(process.env, known);
if (known.NODE_ENV === 'production') {
  console.error('seed:large writes made-up content: it is for a test database, and refuses NODE_ENV=production');
  process.exit(1);
}
// Strapi's own secrets (cookies, tokens) only: a test database needs none of them kept. The
// submissions' key is left to the CMS (its development key), so no stored submission is sealed
// under a throwaway one.
for (const [name, value] of Object.entries(fillThrowawaySecrets({ ...known }))) {
  if (!known[name] && name !== 'SUBMISSIONS_KEY') process.env[name] = value;
}

const require = createRequire(path.join(appDir, 'package.json'));
// Strapi's ESM build cannot be loaded by Node's ESM loader (directory imports); use its CJS build.
const { createStrapi, compileStrapi } = require('@strapi/strapi');
if (isStale('cms', 'dist/src/index.js')) await compileStrapi({ appDir });

/**
 * Some records follow a write after it has returned (the audit log's entries, from Strapi's
 * events): stopping before they are written would lose them. Waits until the database has had
 * nothing to do for half a second.
 */
async function settled(strapi) {
  const pool = strapi.db.connection.client.pool;
  for (let idle = 0; idle < 5; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    idle = pool.numUsed() + pool.numPendingAcquires() === 0 ? idle + 1 : 0;
  }
}

const target = databaseTarget();
console.log(`seed:large: into the ${target.client} database ${target.client === 'sqlite' ? target.filename : `${target.pgEnv.PGDATABASE} (schema ${target.schema})`}`);
const started = Date.now();
const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false, autoReload: false });
// Errors only: every made-up agency phone would otherwise be logged as a number no one confirmed yet.
strapi.log.level = 'error';
await strapi.load();
try {
  const { seedLargeContent } = require(path.join(appDir, 'dist/src/seed/large.js'));
  const report = await seedLargeContent(strapi, (message) => console.log(`seed:large: ${message}`));
  for (const [uid, { created, translated }] of Object.entries(report)) {
    console.log(`seed:large: ${uid}: ${created} created, ${translated} language versions added`);
  }
  await settled(strapi);
  console.log(`seed:large: done in ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  await strapi.destroy();
}
