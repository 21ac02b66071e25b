// Where the CMS keeps its data, read the way config/database.ts reads it: the environment first,
// then apps/cms/.env. Used by the backup and restore scripts. The bucket's settings mirror
// src/uploads/bucket.ts (a test backs up and restores through both).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function settings() {
  const file = path.join(appDir, '.env');
  const fromFile = existsSync(file)
    ? Object.fromEntries([...readFileSync(file, 'utf8').matchAll(/^\s*([A-Z0-9_]+)\s*=(.*)$/gm)].map((m) => [m[1], m[2].trim()]))
    : {};
  return { ...fromFile, ...process.env };
}

/** The S3 bucket of UPLOAD_S3_BUCKET and how to reach it (as src/uploads/bucket.ts), or null. */
function uploadBucket(env) {
  if (!env.UPLOAD_S3_BUCKET) return null;
  return {
    name: env.UPLOAD_S3_BUCKET,
    client: {
      region: env.UPLOAD_S3_REGION || 'us-east-1',
      forcePathStyle: env.UPLOAD_S3_FORCE_PATH_STYLE === 'true' || env.UPLOAD_S3_FORCE_PATH_STYLE === '1',
      ...(env.UPLOAD_S3_ENDPOINT ? { endpoint: env.UPLOAD_S3_ENDPOINT } : {}),
      ...(env.UPLOAD_S3_ACCESS_KEY_ID && env.UPLOAD_S3_SECRET_ACCESS_KEY
        ? { credentials: { accessKeyId: env.UPLOAD_S3_ACCESS_KEY_ID, secretAccessKey: env.UPLOAD_S3_SECRET_ACCESS_KEY } }
        : {}),
    },
  };
}

/**
 * The database and where the uploads are with the current settings: the bucket when
 * UPLOAD_S3_BUCKET is set, else the uploads folder.
 */
export function databaseTarget() {
  const env = settings();
  const uploadsDir = path.resolve(appDir, env.UPLOADS_DIR || 'public/uploads');
  const bucket = uploadBucket(env);
  if ((env.DATABASE_CLIENT ?? 'sqlite') === 'postgres') {
    // libpq's own variables, so pg_dump / pg_restore / psql connect without a password on the command line.
    const pgEnv = env.DATABASE_URL
      ? { PGDATABASE: env.DATABASE_URL }
      : {
          PGHOST: env.DATABASE_HOST || '127.0.0.1',
          PGPORT: env.DATABASE_PORT || '5432',
          PGDATABASE: env.DATABASE_NAME || 'strapi',
          PGUSER: env.DATABASE_USERNAME || 'strapi',
          PGPASSWORD: env.DATABASE_PASSWORD || '',
        };
    return { client: 'postgres', schema: env.DATABASE_SCHEMA || 'public', pgEnv, uploadsDir, bucket };
  }
  return { client: 'sqlite', filename: path.resolve(appDir, env.DATABASE_FILENAME || '.tmp/data.db'), uploadsDir, bucket };
}
