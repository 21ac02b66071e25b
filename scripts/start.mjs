// `pnpm start`: builds whatever is missing or out of date, then runs the CMS and the web app in
// production mode (as one small server would), together with prefixed output, under
// scripts/supervise.sh.
// `pnpm dev` (--dev): both in development mode with reload (strapi develop, vite dev), no build.
// Ctrl-C (or either process exiting) stops both.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { envFileValue } from './env-file.mjs';
import { MALLOC_ARENA_MAX, memoryOptions } from './memory.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsDir = path.join(root, 'apps/cms');
const webDir = path.join(root, 'apps/web');

const cmsPort = process.env.CMS_PORT ?? '1337';
const webPort = process.env.WEB_PORT ?? '3000';
const cmsUrl = process.env.CMS_URL ?? `http://127.0.0.1:${cmsPort}`;

const dev = process.argv.includes('--dev');

spawnSync(process.execPath, [path.join(cmsDir, 'scripts/ensure-env.mjs')], { stdio: 'inherit' });
if (!dev) {
  buildIfStale('cms');
  buildIfStale('web');
}

/** A secret both apps share (CMS_READ_TOKEN, CMS_FORMS_TOKEN, REVALIDATE_SECRET): from the environment or apps/cms/.env. */
function sharedSecret(name) {
  return process.env[name] || envFileValue(path.join(cmsDir, '.env'), name);
}

/** One word for the shell, whatever it holds. */
const quote = (word) => `'${String(word).replaceAll("'", "'\\''")}'`;
/** A server's command line for scripts/supervise.sh: in its folder, with its own variables. */
const commandLine = (cwd, env, command, args) =>
  `cd ${quote(cwd)} && exec env ${Object.entries(env).filter(([, value]) => value !== undefined).map(([name, value]) => quote(`${name}=${value}`)).join(' ')} ${[command, ...args].map(quote).join(' ')}`;
const servers = [];
function run(name, command, args, cwd, env) {
  servers.push(name, commandLine(cwd, env, command, args));
}

// Production: no GraphQL sandbox, no /documentation, no field suggestions, schemas locked in the
// admin, and nothing regenerated into the sources. Development turns those back on.
const nodeEnv = dev ? 'development' : 'production';

// Production: scripts/serve.mjs, `strapi start` made safe for several processes on one database.
const cms = dev ? [path.join(cmsDir, 'node_modules/.bin/strapi'), ['develop']] : [process.execPath, ['scripts/serve.mjs']];
/** Production: each server within what one small server has (scripts/memory.mjs). */
const memory = (app) => (dev ? {} : { NODE_OPTIONS: [process.env.NODE_OPTIONS, memoryOptions(app)].filter(Boolean).join(' '), MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? MALLOC_ARENA_MAX });
run('cms', cms[0], cms[1], cmsDir, {
  ...memory('cms'),
  NODE_ENV: nodeEnv,
  CMS_PORT: cmsPort,
  SITE_REVALIDATE_URL: process.env.SITE_REVALIDATE_URL ?? `http://127.0.0.1:${webPort}/api/revalidate`,
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${webPort}`,
});
const web = dev
  ? [path.join(webDir, 'node_modules/.bin/vite'), ['dev', '--port', webPort, '--strictPort']]
  : [process.execPath, ['server.js']];
run('web', web[0], web[1], webDir, {
  ...memory('web'),
  NODE_ENV: nodeEnv,
  PORT: webPort,
  CMS_URL: cmsUrl,
  CMS_READ_TOKEN: sharedSecret('CMS_READ_TOKEN'),
  CMS_FORMS_TOKEN: sharedSecret('CMS_FORMS_TOKEN'),
  REVALIDATE_SECRET: sharedSecret('REVALIDATE_SECRET'),
  PREVIEW_SECRET: sharedSecret('PREVIEW_SECRET'),
  OUTBOX_KEY: sharedSecret('OUTBOX_KEY'),
  // The admin (opened at the address printed below) frames the site's draft preview.
  CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL || `http://localhost:${cmsPort}`,
  ORIGIN: process.env.ORIGIN ?? `http://localhost:${webPort}`,
  // Opened at localhost, 127.0.0.1 or the machine's LAN address: its forms work at each.
  CSRF_ALLOW_HOST: process.env.CSRF_ALLOW_HOST ?? 'true',
});
console.log(`[start] CMS admin: http://localhost:${cmsPort}/admin  GraphQL: http://localhost:${cmsPort}/graphql  Site: http://localhost:${webPort}`);
// Everything is built: this process gives its place (and its memory) to a small shell supervisor.
process.execve('/bin/bash', ['bash', path.join(root, 'scripts/supervise.sh'), ...servers], process.env);
