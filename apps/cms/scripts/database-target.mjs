// Where the CMS keeps its data, read the way config/database.ts reads it: the environment first,
// then apps/cms/.env. Used by the backup and restore scripts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function settings() {
  const file = path.join(appDir, '.env');
  const fromFile = existsSync(file)
    ? Object.fromEntries([...readFileSync(file, 'utf8').matchAll(/^\s*([A-Z0-9_]+)\s*=(.*)$/gm)].map((m) => [m[1], m[2].trim()]))
    : {};
  return { ...fromFile, ...process.env };
}

/** The database and the uploads folder the CMS uses with the current settings. */
export function databaseTarget() {
  const env = settings();
  const uploadsDir = path.resolve(appDir, env.UPLOADS_DIR || 'public/uploads');
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
    return { client: 'postgres', schema: env.DATABASE_SCHEMA || 'public', pgEnv, uploadsDir };
  }
  return { client: 'sqlite', filename: path.resolve(appDir, env.DATABASE_FILENAME || '.tmp/data.db'), uploadsDir };
}
