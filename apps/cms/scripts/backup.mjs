// `pnpm backup [folder]`: everything needed to bring the CMS back — the whole database (content,
// admin users and their roles, API tokens, settings) and the uploaded files (the uploads folder, or
// every object of the UPLOAD_S3_BUCKET bucket) — into one folder
// (default apps/cms/backups/<date-time>). `strapi export` is not used: it leaves out the admin
// users, so a restored CMS would have no administrator.
// SQLite: an online copy (safe while the CMS runs). PostgreSQL: pg_dump in its custom format.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { downloadBucket } from './bucket-files.mjs';
import { appDir, databaseTarget } from './database-target.mjs';

const target = databaseTarget();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = path.resolve(process.argv[2] ?? path.join(appDir, 'backups', stamp));
mkdirSync(out, { recursive: true });

if (target.client === 'sqlite') {
  if (!existsSync(target.filename)) throw new Error(`No SQLite database at ${target.filename}`);
  const Database = createRequire(path.join(appDir, 'package.json'))('better-sqlite3');
  const db = new Database(target.filename, { readonly: true, fileMustExist: true });
  await db.backup(path.join(out, 'database.sqlite'));
  db.close();
} else {
  const dump = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--schema=${target.schema}`, `--file=${path.join(out, 'database.dump')}`], {
    env: { ...process.env, ...target.pgEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (dump.status !== 0) throw new Error(`pg_dump failed (${dump.error?.message ?? `exit ${dump.status}`})`);
}

if (target.bucket) {
  const count = await downloadBucket(target.bucket, path.join(out, 'uploads'));
  console.log(`backup: ${count} files from the bucket ${target.bucket.name}`);
} else if (existsSync(target.uploadsDir)) {
  cpSync(target.uploadsDir, path.join(out, 'uploads'), { recursive: true });
}
writeFileSync(
  path.join(out, 'manifest.json'),
  `${JSON.stringify(
    { createdAt: new Date().toISOString(), client: target.client, schema: target.schema ?? null, uploadsFrom: target.bucket ? `bucket ${target.bucket.name}` : 'folder' },
    null,
    2,
  )}\n`,
);
console.log(`backup: ${target.client} database and uploads written to ${out}`);
