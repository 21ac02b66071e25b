// A throwaway CMS for other packages' tests: compiles the app, boots the real Strapi with the seed
// content on a fresh temp SQLite file, listens on CMS_PORT (default 1339) and cleans up on exit.
// Prints "CMS ready at <url>" once it answers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Strapi's ESM build cannot be loaded by Node's ESM loader (directory imports); use its CJS build.
const { createStrapi, compileStrapi } = require('@strapi/strapi');

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'maine-sten-test-cms-'));
const secret = () => randomBytes(16).toString('base64');

Object.assign(process.env, {
  NODE_ENV: process.env.NODE_ENV ?? 'test',
  HOST: '127.0.0.1',
  CMS_PORT: process.env.CMS_PORT ?? '1339',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(dataDir, 'data.db'),
});
for (const name of ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
  process.env[name] ??= secret();
}
process.env.APP_KEYS ??= `${secret()},${secret()}`;

await compileStrapi({ appDir });
const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false, autoReload: false });
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
// strapi.start() drops process listeners set before it; set them again.
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
console.log(`CMS ready at http://127.0.0.1:${process.env.CMS_PORT}`);
