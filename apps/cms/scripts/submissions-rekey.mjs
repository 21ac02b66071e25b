// `pnpm --filter @maine-sten/cms run submissions:rekey`: seals every stored contact message and
// training request under SUBMISSIONS_KEY — those under SUBMISSIONS_KEY_PREVIOUS, and those stored
// in plain text before sealing began. Safe while the CMS runs (with both keys set); run it again
// and it changes nothing. Reads the settings as the CMS does (environment, then apps/cms/.env) and
// the compiled CMS (dist/, made by the build).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appDir, databaseTarget, settings } from './database-target.mjs';

const compiled = (file) => {
  const full = path.join(appDir, 'dist', 'src', file);
  if (!existsSync(full)) throw new Error(`${full} is missing: build the CMS first (pnpm --filter @maine-sten/cms build)`);
  return import(pathToFileURL(full).href);
};
const { submissionKeyring } = await compiled('submissions/encryption-keys.js');
const { rekeySubmissions } = await compiled('submissions/rekey.js');
const require = createRequire(path.join(appDir, 'package.json'));

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

/** The TableAccess of rekey.ts over SQLite. */
function sqliteTables(filename) {
  if (!existsSync(filename)) throw new Error(`No SQLite database at ${filename}`);
  const Database = require('better-sqlite3');
  const db = new Database(filename, { fileMustExist: true });
  return {
    rows: async (table, columns) => db.prepare(`SELECT id, ${columns.map(quote).join(', ')} FROM ${quote(table)}`).all(),
    replace: async (table, id, column, previous, next) =>
      db.prepare(`UPDATE ${quote(table)} SET ${quote(column)} = ? WHERE id = ? AND ${quote(column)} = ?`).run(next, id, previous).changes > 0,
    close: async () => db.close(),
  };
}

/** The TableAccess of rekey.ts over PostgreSQL (libpq's variables, as the backup script). */
async function postgresTables(pgEnv, schema) {
  const { Client } = require('pg');
  const url = pgEnv.PGDATABASE?.includes('://') ? pgEnv.PGDATABASE : undefined;
  const client = new Client(
    url
      ? { connectionString: url }
      : { host: pgEnv.PGHOST, port: Number(pgEnv.PGPORT), database: pgEnv.PGDATABASE, user: pgEnv.PGUSER, password: pgEnv.PGPASSWORD },
  );
  await client.connect();
  const at = (table) => `${quote(schema)}.${quote(table)}`;
  return {
    rows: async (table, columns) => (await client.query(`SELECT id, ${columns.map(quote).join(', ')} FROM ${at(table)}`)).rows,
    replace: async (table, id, column, previous, next) =>
      (await client.query(`UPDATE ${at(table)} SET ${quote(column)} = $1 WHERE id = $2 AND ${quote(column)} = $3`, [next, id, previous])).rowCount > 0,
    close: () => client.end(),
  };
}

const keyring = submissionKeyring(settings(), appDir, (message) => console.log(`submissions:rekey: ${message}`), {
  makeDevKey: false,
});
const target = databaseTarget();
const tables = target.client === 'sqlite' ? sqliteTables(target.filename) : await postgresTables(target.pgEnv, target.schema);
try {
  const report = await rekeySubmissions(tables, keyring);
  console.log(
    `submissions:rekey: ${report.resealed} values sealed under key ${keyring.current.id}, ${report.current} were already, ` +
      `${report.skipped} changed meanwhile (by the CMS, under this key)`,
  );
} finally {
  await tables.close();
}
