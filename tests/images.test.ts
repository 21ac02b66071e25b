// The production images, tested without Docker (no image registry is reachable here): the build
// stage's script (scripts/image.mjs, which both Dockerfiles run) deploys both apps from a copy of
// the build context into a temporary folder, exactly as the images do. As in the runtime stage,
// everything is read-only but the paths the script lists; the apps run as an unprivileged user,
// the CMS on a new PostgreSQL database. Then: health, the seeded content, the admin sign-in, and
// the site restarted with the CMS down, serving the last good content from its snapshot.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT, IMAGES } from '../scripts/image.mjs';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'maine-sten-images-'));
chmodSync(work, 0o755);

// The runtime stage's user: `node` (uid 1000) in the image; here an unprivileged uid when the tests
// run as root (CI), or the tests' own user with everything made read-only.
const asRoot = process.getuid?.() === 0;
const appUser = asRoot ? { uid: 65534, gid: 65534 } : {};

const pgConnection = {
  host: process.env.TEST_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_PG_PORT ?? 5432),
  user: process.env.TEST_PG_USER ?? 'postgres',
  password: process.env.TEST_PG_PASSWORD ?? '',
};
const database = `images_test_${randomBytes(4).toString('hex')}`;
const withPg = async (sql: string) => {
  const client = new pg.Client({ ...pgConnection, database: process.env.TEST_PG_DATABASE ?? 'test' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/** The build context: the repository's files (tracked or new, not ignored) under CONTEXT. */
function copyContext(to: string) {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z', ...CONTEXT], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = path.join(root, file);
    if (!statSync(from, { throwIfNoEntry: false })?.isFile()) continue;
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(from, path.join(to, file));
  }
}

/** As the runtime stage: the app user owns the listed paths, nothing else is writable for it. */
function lockDown(appDir: string) {
  const writable = readFileSync(path.join(appDir, '.writable-paths'), 'utf8').split('\n').filter(Boolean);
  spawnSync('chmod', ['-R', asRoot ? 'go-w' : 'a-w', appDir]);
  for (const folder of writable) {
    const target = path.join(appDir, folder);
    if (asRoot) spawnSync('chown', ['-R', `${appUser.uid}:${appUser.gid}`, target]);
    else spawnSync('chmod', ['-R', 'u+w', target]);
  }
  return writable;
}

const folderBytes = (folder: string) => Number(execFileSync('du', ['-sb', folder], { encoding: 'utf8' }).split('\t')[0]);

function start(command: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(command[0]!, command.slice(1), { cwd, env: { PATH: process.env.PATH ?? '', HOME: home, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...appUser });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitFor(url: string, ok: (response: Response) => boolean, timeoutMs: number, child: ChildProcess, output: () => string) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before ${url} answered:\n${output().slice(-3000)}`);
    const response = await fetch(url).catch(() => null);
    if (response && ok(response)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output().slice(-3000)}`);
}

const stop = async (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
};

const home = path.join(work, 'home');
const deployed = { cms: path.join(work, 'app-cms'), web: path.join(work, 'app-web') };
const CMS_PORT = 1398;
const WEB_PORT = 4188;
const CMS = `http://127.0.0.1:${CMS_PORT}`;
const SITE = `http://127.0.0.1:${WEB_PORT}`;
const secrets = {
  APP_KEYS: `${randomBytes(16).toString('hex')},${randomBytes(16).toString('hex')}`,
  API_TOKEN_SALT: randomBytes(16).toString('hex'),
  ADMIN_JWT_SECRET: randomBytes(16).toString('hex'),
  TRANSFER_TOKEN_SALT: randomBytes(16).toString('hex'),
  JWT_SECRET: randomBytes(16).toString('hex'),
  ENCRYPTION_KEY: randomBytes(16).toString('hex'),
  SUBMISSIONS_KEY: randomBytes(32).toString('base64'),
  OUTBOX_KEY: randomBytes(32).toString('base64'),
  CMS_READ_TOKEN: randomBytes(24).toString('hex'),
  CMS_FORMS_TOKEN: randomBytes(24).toString('hex'),
  REVALIDATE_SECRET: randomBytes(24).toString('hex'),
  PREVIEW_SECRET: randomBytes(24).toString('hex'),
};
const ADMIN = { email: 'operator@example.org', password: `Operator-${randomBytes(6).toString('hex')}1` };

/** The memory settings each Dockerfile gives its server (scripts/memory.mjs): the images run within them here too. */
const dockerfileMemory = (app: 'cms' | 'web') => {
  const line = /^ENV NODE_OPTIONS="([^"]+)" MALLOC_ARENA_MAX=(\d+)$/m.exec(readFileSync(path.join(root, `apps/${app}/Dockerfile`), 'utf8'));
  if (!line) throw new Error(`apps/${app}/Dockerfile sets no NODE_OPTIONS and MALLOC_ARENA_MAX`);
  return { NODE_OPTIONS: line[1]!, MALLOC_ARENA_MAX: line[2]! };
};

const cmsEnv = {
  ...dockerfileMemory('cms'),
  ...secrets,
  NODE_ENV: 'production',
  CMS_PORT: String(CMS_PORT),
  HOST: '127.0.0.1',
  DATABASE_CLIENT: 'postgres',
  DATABASE_HOST: pgConnection.host,
  DATABASE_PORT: String(pgConnection.port),
  DATABASE_NAME: database,
  DATABASE_USERNAME: pgConnection.user,
  DATABASE_PASSWORD: pgConnection.password,
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  SITE_URL: SITE,
  SITE_REVALIDATE_URL: `${SITE}/api/revalidate`,
};
const webEnv = {
  ...dockerfileMemory('web'),
  NODE_ENV: 'production',
  PORT: String(WEB_PORT),
  HOST: '127.0.0.1',
  ORIGIN: SITE,
  CMS_URL: CMS,
  CMS_READ_TOKEN: secrets.CMS_READ_TOKEN,
  CMS_FORMS_TOKEN: secrets.CMS_FORMS_TOKEN,
  REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
  PREVIEW_SECRET: secrets.PREVIEW_SECRET,
};

describe('the production images, built by their own script and run as their own user', () => {
  const running: ChildProcess[] = [];
  let writable: Record<'cms' | 'web', string[]>;

  beforeAll(() => {
    const context = path.join(work, 'context');
    copyContext(context);
    for (const app of ['cms', 'web'] as const) {
      const result = spawnSync(process.execPath, ['scripts/image.mjs', app, deployed[app]], { cwd: context, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      if (result.status !== 0) throw new Error(`scripts/image.mjs ${app} failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
    }
    rmSync(context, { recursive: true, force: true });
    writable = { cms: lockDown(deployed.cms), web: lockDown(deployed.web) };
    mkdirSync(home);
    if (asRoot) chownSync(home, appUser.uid!, appUser.gid!);
    console.log(
      `deployed sizes: CMS ${(folderBytes(deployed.cms) / 1e6).toFixed(0)} MB, web ${(folderBytes(deployed.web) / 1e6).toFixed(0)} MB`,
    );
  }, 900_000);

  // Removing two deployed apps (half a gigabyte of files) takes what the disk takes: no deadline.
  afterAll(async () => {
    for (const child of running) await stop(child, 'SIGKILL');
    await withPg(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }, 600_000);

  it('declares the paths each image writes, and nothing else is writable', () => {
    expect(writable.cms).toEqual(IMAGES.cms.writable);
    expect(writable.web).toEqual(['.content-snapshot', '.outbox']);
    expect(readdirSync(deployed.cms)).toEqual(expect.arrayContaining(['dist', 'node_modules', 'package.json', 'database']));
    // Sources, tests and dev tools stay out of the images.
    for (const absent of ['src', 'tests', 'Dockerfile']) expect(readdirSync(deployed.cms)).not.toContain(absent);
    // serve.mjs starts it; the rekey command (and what it reads the settings with) rotates SUBMISSIONS_KEY.
    expect(readdirSync(path.join(deployed.cms, 'scripts')).sort()).toEqual(['database-target.mjs', 'serve.mjs', 'submissions-rekey.mjs']);
    expect(readdirSync(deployed.web).sort()).toEqual(['.content-snapshot', '.outbox', '.writable-paths', 'build', 'node_modules', 'package.json', 'server.js', 'src']);
    for (const devTool of ['vite', 'vitest', '@playwright/test', 'svelte-check']) {
      expect(statSync(path.join(deployed.web, 'node_modules', devTool), { throwIfNoEntry: false })).toBeUndefined();
    }
  });

  it('starts on a new PostgreSQL database, seeded, with the first administrator; the site serves it, and keeps serving it with the CMS down', async () => {
    await withPg(`CREATE DATABASE ${database}`);
    const cms = start([process.execPath, 'scripts/serve.mjs'], deployed.cms, cmsEnv);
    running.push(cms.child);
    const cmsReadyMs = await waitFor(`${CMS}/_health`, (response) => response.status === 204, 300_000, cms.child, cms.output);
    console.log(`CMS healthy after ${cmsReadyMs} ms`);

    const faqs = await fetch(`${CMS}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ faqs_connection { pageInfo { total } } siteSetting { hotline { phone } } }' }),
    });
    expect(await faqs.json()).toEqual({ data: { faqs_connection: { pageInfo: { total: 9 } }, siteSetting: { hotline: { phone: '1-888-373-7888' } } } });
    const login = await fetch(`${CMS}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(login.status).toBe(200);

    let web = start([process.execPath, 'server.js'], deployed.web, webEnv);
    running.push(web.child);
    const siteReadyMs = await waitFor(`${SITE}/faq`, (response) => response.status === 200, 120_000, web.child, web.output);
    console.log(`site serving after ${siteReadyMs} ms`);
    expect(await (await fetch(`${SITE}/`)).text()).toContain('1-888-373-7888');
    // The warm-up writes every published page in every language to the snapshot.
    await expect
      .poll(() => readdirSync(path.join(deployed.web, '.content-snapshot')).length, { timeout: 20_000, interval: 250 })
      .toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(web.output()).not.toMatch(/EACCES|EROFS/);
    expect(cms.output()).not.toMatch(/EACCES|EROFS/);

    await stop(cms.child, 'SIGKILL');
    await stop(web.child);
    web = start([process.execPath, 'server.js'], deployed.web, webEnv);
    running.push(web.child);
    const restarted = Date.now();
    for (const [page, text] of [['/', '1-888-373-7888'], ['/faq', 'What is human trafficking?'], ['/es', 'Línea Nacional contra la Trata de Personas']]) {
      await waitFor(`${SITE}${page}`, (response) => response.status === 200, 120_000, web.child, web.output);
      expect(await (await fetch(`${SITE}${page}`)).text(), page).toContain(text);
    }
    console.log(`site restarted with the CMS down served the snapshot after ${Date.now() - restarted} ms`);
  }, 900_000);
});
