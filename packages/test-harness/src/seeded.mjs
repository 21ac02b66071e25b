// Most of a fresh CMS's first start is the import of the organisation's content (about 15 s of
// 19 s on two cores). Suites that do not test that import start from a copy of a database seeded
// once per run: a SQLite file copied, or a PostgreSQL database made from a template database.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export const cmsDir = path.resolve(import.meta.dirname, '../../../apps/cms');
/** What compiling the CMS writes (below cmsDir): it is current when newer than every source. */
export const COMPILED = 'dist/src/index.js';
const bootScript = path.join(import.meta.dirname, 'cms-server.mjs');

/**
 * Boots the CMS once on `env`'s database (cms-server.mjs with CMS_SEED_ONLY=1), so it imports
 * the seed, and stops it. `env` names the database (DATABASE_*). Throws with the CMS's output.
 */
export function seedOnce(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bootScript], {
      cwd: cmsDir,
      // No first administrator in the template, even one a developer's apps/cms/.env names (from
      // `pnpm start`): each suite makes its own, from its ADMIN_EMAIL, on its copy.
      env: { ...process.env, CMS_SKIP_COMPILE: '1', CMS_PORT: '0', ADMIN_EMAIL: '', ADMIN_PASSWORD: '', ...env, CMS_SEED_ONLY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Seeding a template database failed (${code}): ${output.slice(-2000)}`))));
  });
}

/** A seeded SQLite file at `file` (made once; atomic, so a reader never sees half of it). */
export async function seededSqlite(file) {
  if (existsSync(file)) return file;
  const making = `${file}.${process.pid}.making`;
  await seedOnce({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: making });
  renameSync(making, file);
  for (const suffix of ['-wal', '-shm']) rmSync(`${making}${suffix}`, { force: true });
  return file;
}

/** Copies a seeded SQLite template to `target` (a new database file). */
export function copySqlite(template, target) {
  copyFileSync(template, target);
}
