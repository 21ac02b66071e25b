// `pnpm start`: builds whatever is missing or out of date, then runs the CMS and the web app
// together with prefixed output. Ctrl-C (or either process exiting) stops both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsDir = path.join(root, 'apps/cms');
const webDir = path.join(root, 'apps/web');

const cmsPort = process.env.CMS_PORT ?? '1337';
const webPort = process.env.WEB_PORT ?? '3000';
const cmsUrl = process.env.CMS_URL ?? `http://127.0.0.1:${cmsPort}`;

/** Newest modification time below the given paths (0 when none exist). */
function newest(paths) {
  let latest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) if (child !== 'node_modules') visit(path.join(entry, child));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return latest;
}

function buildIfStale(name, dir, sources, output) {
  const outputTime = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (outputTime > 0 && outputTime >= newest(sources.map((source) => path.join(dir, source)))) return;
  console.log(`[start] building ${name}…`);
  const result = spawnSync('pnpm', ['run', 'build'], { cwd: dir, stdio: 'inherit', env: { ...process.env, CMS_URL: cmsUrl } });
  if (result.status !== 0) {
    console.error(`[start] building ${name} failed`);
    process.exit(result.status ?? 1);
  }
}

spawnSync(process.execPath, [path.join(cmsDir, 'scripts/ensure-env.mjs')], { stdio: 'inherit' });
buildIfStale('the CMS', cmsDir, ['config', 'src', 'package.json', 'tsconfig.json'], path.join(cmsDir, 'dist/build/index.html'));
buildIfStale('the website', webDir, ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'], path.join(webDir, 'build/index.js'));

/** A secret both apps share (CMS_READ_TOKEN, REVALIDATE_SECRET): from the environment or apps/cms/.env. */
function sharedSecret(name) {
  if (process.env[name]) return process.env[name];
  const envFile = path.join(cmsDir, '.env');
  const line = existsSync(envFile) ? readFileSync(envFile, 'utf8').match(new RegExp(`^${name}=(.+)$`, 'm')) : null;
  return line?.[1]?.trim() ?? '';
}

const children = [];
let stopping = false;

function run(name, command, args, cwd, env) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) => {
    let pending = '';
    stream.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping the other process`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

function stop(exitCode = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(exitCode), 3000).unref();
  Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.on('exit', r)) : null))).then(
    () => process.exit(exitCode),
  );
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('cms', path.join(cmsDir, 'node_modules/.bin/strapi'), ['start'], cmsDir, {
  CMS_PORT: cmsPort,
  SITE_REVALIDATE_URL: process.env.SITE_REVALIDATE_URL ?? `http://127.0.0.1:${webPort}/api/revalidate`,
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${webPort}`,
});
run('web', process.execPath, ['build'], webDir, {
  PORT: webPort,
  CMS_URL: cmsUrl,
  CMS_READ_TOKEN: sharedSecret('CMS_READ_TOKEN'),
  REVALIDATE_SECRET: sharedSecret('REVALIDATE_SECRET'),
  PREVIEW_SECRET: sharedSecret('PREVIEW_SECRET'),
  ORIGIN: process.env.ORIGIN ?? `http://localhost:${webPort}`,
});
console.log(`[start] CMS admin: http://localhost:${cmsPort}/admin  GraphQL: http://localhost:${cmsPort}/graphql  Site: http://localhost:${webPort}`);
