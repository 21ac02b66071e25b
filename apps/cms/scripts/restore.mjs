// `pnpm restore <folder>`: puts a `pnpm backup` folder back — the database (with its admin users)
// and the uploaded files — into the database and the uploads folder (or UPLOAD_S3_BUCKET bucket)
// the current settings name; a backup of a folder restores into a bucket and the other way round. Stop
// the CMS first. SQLite: the current file is kept beside it as <file>.before-restore-<date>.
// PostgreSQL: pg_restore into the configured database (objects of the backup are replaced).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { uploadBucket } from './bucket-files.mjs';
import { databaseTarget } from './database-target.mjs';

const from = process.argv[2];
if (!from || !existsSync(path.join(from, 'manifest.json'))) {
  console.error('usage: pnpm restore <backup folder> (a folder written by `pnpm backup`)');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(path.join(from, 'manifest.json'), 'utf8'));
const target = databaseTarget();
if (manifest.client !== target.client) {
  console.error(`restore: the backup holds a ${manifest.client} database, but the CMS is set up for ${target.client}`);
  process.exit(2);
}

if (target.client === 'sqlite') {
  mkdirSync(path.dirname(target.filename), { recursive: true });
  if (existsSync(target.filename)) {
    renameSync(target.filename, `${target.filename}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target.filename}${suffix}`, { force: true });
  copyFileSync(path.join(from, 'database.sqlite'), target.filename);
} else {
  const restore = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '--exit-on-error', `--dbname=${target.pgEnv.PGDATABASE}`, path.join(from, 'database.dump')], {
    env: { ...process.env, ...target.pgEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (restore.status !== 0) throw new Error(`pg_restore failed (${restore.error?.message ?? `exit ${restore.status}`})`);
}

if (existsSync(path.join(from, 'uploads')) && target.bucket) {
  const count = await uploadBucket(target.bucket, path.join(from, 'uploads'));
  console.log(`restore: ${count} files into the bucket ${target.bucket.name}`);
} else if (existsSync(path.join(from, 'uploads'))) {
  mkdirSync(target.uploadsDir, { recursive: true });
  cpSync(path.join(from, 'uploads'), target.uploadsDir, { recursive: true });
}
console.log(`restore: ${target.client} database and uploads restored from ${from}`);
