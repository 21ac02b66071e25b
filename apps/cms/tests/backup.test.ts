// Backup and restore drill: a CMS with an administrator, content and an uploaded file is backed up
// with `pnpm backup`, restored with `pnpm restore` into a fresh database and uploads folder, and
// the old administrator signs in to the restored CMS — on SQLite and on PostgreSQL; with an S3
// bucket for the uploads, its objects are backed up and restored too.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { startS3Server } from '@maine-sten/test-harness/s3-server';
import { appDir, bootCms, tempSqliteTarget, type DatabaseTarget } from '@maine-sten/test-harness/cms';
import { connection, postgresReachable, withClient } from '@maine-sten/test-harness/postgres';

const ADMIN = { email: 'drill-admin@example.org', password: 'Drill-password-1' };
const FILE = 'drill-poster.pdf';
const FILE_BYTES = `%PDF-1.4 drill ${randomBytes(8).toString('hex')}\n`;
const QUESTION = 'Is this question in the backup?';

/** Not spawnSync: the test's own S3 server must keep answering while the script runs. */
const run = async (script: 'backup' | 'restore', folder: string, env: Record<string, string>) => {
  const child = spawn(process.execPath, [path.join(appDir, 'scripts', `${script}.mjs`), folder], { env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(status, output).toBe(0);
};

/** The CMS a drill starts from: an admin, a published question, an uploaded file. */
async function prepare(target: DatabaseTarget) {
  const cms = await bootCms(target);
  try {
    const superAdmin = await cms.strapi.service('admin::role').getSuperAdmin();
    await cms.strapi.service('admin::user').create({ ...ADMIN, firstname: 'Drill', isActive: true, roles: [superAdmin.id] });
    await cms.strapi.documents('api::faq.faq').create({
      data: { question: QUESTION, slug: 'is-this-question-in-the-backup', answer: [], order: 80 },
      status: 'published',
    });
  } finally {
    await cms.stop();
  }
  const uploads = mkdtempSync(path.join(tmpdir(), 'drill-uploads-'));
  writeFileSync(path.join(uploads, FILE), FILE_BYTES);
  return uploads;
}

/** Boots the restored CMS and signs in as the old admin. */
async function verify(target: DatabaseTarget, uploads: string) {
  const cms = await bootCms(target);
  try {
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(login.status).toBe(200);
    const init = (await (await fetch(`${cms.url}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
    expect(init.data.hasAdmin).toBe(true);
    const faqs = await cms.graphql<{ faqs: { question: string }[] }>('{ faqs(pagination: { limit: 100 }) { question } }');
    expect(faqs.data?.faqs.map((faq) => faq.question)).toContain(QUESTION);
  } finally {
    await cms.stop();
  }
  expect(readFileSync(path.join(uploads, FILE), 'utf8')).toBe(FILE_BYTES);
}

describe('backup and restore on SQLite', () => {
  it('brings back the content, the uploads and the administrator', async () => {
    const source = tempSqliteTarget();
    const restored = tempSqliteTarget();
    const folder = mkdtempSync(path.join(tmpdir(), 'drill-backup-'));
    try {
      const uploads = await prepare(source.target);
      await run('backup', folder, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: source.target.filename, UPLOADS_DIR: uploads });
      const freshUploads = mkdtempSync(path.join(tmpdir(), 'drill-restored-uploads-'));
      await run('restore', folder, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: restored.target.filename, UPLOADS_DIR: freshUploads });
      await verify(restored.target, freshUploads);
    } finally {
      source.cleanup();
      restored.cleanup();
    }
  });
});

describe('backup and restore of an upload bucket', () => {
  it('copies every object of the bucket into the backup, and back into another bucket', async () => {
    const from = await startS3Server();
    const to = await startS3Server();
    const source = tempSqliteTarget();
    const folder = mkdtempSync(path.join(tmpdir(), 'drill-backup-'));
    const s3 = (endpoint: string) =>
      new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    try {
      await prepare(source.target);
      await s3(from.endpoint).send(new PutObjectCommand({ Bucket: from.bucket, Key: FILE, Body: FILE_BYTES, ContentType: 'application/pdf' }));
      await run('backup', folder, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: source.target.filename, ...from.env });
      expect(readFileSync(path.join(folder, 'uploads', FILE), 'utf8')).toBe(FILE_BYTES);
      await run('restore', folder, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: source.target.filename, ...to.env });
      const restored = await s3(to.endpoint).send(new GetObjectCommand({ Bucket: to.bucket, Key: FILE }));
      expect(await restored.Body!.transformToString()).toBe(FILE_BYTES);
      expect(restored.ContentType).toBe('application/pdf');
    } finally {
      source.cleanup();
      await from.stop();
      await to.stop();
    }
  });
});

const reachable = await postgresReachable();
const schema = `drill_${randomBytes(4).toString('hex')}`;
const database = `drill_restore_${randomBytes(4).toString('hex')}`;

describe.runIf(reachable)('backup and restore on PostgreSQL', () => {
  afterAll(async () => {
    await withClient((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    await withClient((client) => client.query(`DROP DATABASE IF EXISTS ${database}`));
  });

  it('brings back the content, the uploads and the administrator into a fresh database', async () => {
    await withClient((client) => client.query(`CREATE SCHEMA ${schema}`));
    const uploads = await prepare({ client: 'postgres', schema });
    const folder = mkdtempSync(path.join(tmpdir(), 'drill-backup-'));
    const pg = {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: connection.host,
      DATABASE_PORT: String(connection.port),
      DATABASE_USERNAME: connection.user,
      DATABASE_PASSWORD: connection.password,
      DATABASE_SCHEMA: schema,
    };
    await run('backup', folder, { ...pg, DATABASE_NAME: connection.database, UPLOADS_DIR: uploads });
    await withClient((client) => client.query(`CREATE DATABASE ${database}`));
    const freshUploads = mkdtempSync(path.join(tmpdir(), 'drill-restored-uploads-'));
    await run('restore', folder, { ...pg, DATABASE_NAME: database, UPLOADS_DIR: freshUploads });
    process.env.TEST_PG_DATABASE = database;
    try {
      await verify({ client: 'postgres', schema }, freshUploads);
    } finally {
      process.env.TEST_PG_DATABASE = connection.database;
    }
  });
});
