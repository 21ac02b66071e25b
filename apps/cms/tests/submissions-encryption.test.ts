// Contact messages and training requests are sealed at rest (src/submissions/encryption.ts): the
// database file, a PostgreSQL dump and a `pnpm backup` hold ciphertext only, while Editors read the
// text in the admin as before. `submissions:rekey` moves every row (and rows stored in plain text
// before) onto a new key; a wrong or missing key stops the start, naming SUBMISSIONS_KEY.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, appDir, suiteDatabase, tempSqliteTarget, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { newKeyText, open, parseKey, seal, sealedKeyId, SealError, type Keyring } from '../src/crypto/envelope';
import { SEALED_FIELDS, SEALED_UIDS } from '../src/submissions/encrypted-fields';
import { checkStoredKeys } from '../src/submissions/encryption';
import { submissionKeyring } from '../src/submissions/encryption-keys';

const FORMS_TOKEN = 'forms-token-for-encryption-tests-0123456789';
process.env.CMS_FORMS_TOKEN = FORMS_TOKEN;
const KEY = newKeyText();
process.env.SUBMISSIONS_KEY = KEY;
delete process.env.SUBMISSIONS_KEY_PREVIOUS;

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});

const MARKER = 'The heron flies at midnight over Moosehead Lake';
const CONTACT = 'api::contact-message.contact-message';
const TRAINING = 'api::training-request.training-request';
const keyring = (text = KEY): Keyring => ({ current: parseKey(text)! });

const post = async (plural: string, data: Record<string, unknown>) => {
  const response = await fetch(`${cms.url}/api/${plural}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${FORMS_TOKEN}` },
    body: JSON.stringify({ data }),
  });
  return { status: response.status, text: await response.text() };
};
const created = async (plural: string, data: Record<string, unknown>) => {
  const answer = await post(plural, data);
  expect(answer.status, answer.text).toBe(201);
  return (JSON.parse(answer.text) as { data: { documentId: string } }).data.documentId;
};

const contact = (marker: string) => ({ name: `Ana ${marker}`, email: 'ana@example.org', phone: '+1 207 555 0100', replyBy: 'email', message: marker });
const training = (marker: string) => ({
  name: `Ben ${marker}`,
  email: 'ben@example.org',
  organization: `Clinic ${marker}`,
  role: 'Nurse',
  county: 'aroostook',
  audience: `Nurses ${marker}`,
  audienceSize: 20,
  format: 'inPerson',
  preferredDates: `Spring ${marker}`,
  topics: marker,
  message: marker,
});

/** The raw rows, as stored, through the query builder (no lifecycles). */
const rawRows = (uid: keyof typeof SEALED_FIELDS) => cms.strapi.db.getConnection(SEALED_FIELDS[uid].table).select('*') as Promise<Record<string, unknown>[]>;

/** Everything the database holds, as bytes: the SQLite file (and its WAL), or a plain pg_dump. */
function databaseBytes(): string {
  if (suiteDatabase === 'sqlite') {
    const file = process.env.DATABASE_FILENAME!;
    return [file, `${file}-wal`].filter((name) => existsSync(name)).map((name) => readFileSync(name).toString('latin1')).join('');
  }
  const dump = spawnSync('pg_dump', ['--format=plain', `--schema=${process.env.DATABASE_SCHEMA}`], { env: { ...process.env, ...pgEnv() }, maxBuffer: 1 << 28 });
  expect(dump.status, dump.stderr?.toString()).toBe(0);
  return dump.stdout.toString('utf8');
}
const pgEnv = () => ({
  PGHOST: process.env.DATABASE_HOST,
  PGPORT: process.env.DATABASE_PORT,
  PGDATABASE: process.env.DATABASE_NAME,
  PGUSER: process.env.DATABASE_USERNAME,
  PGPASSWORD: process.env.DATABASE_PASSWORD,
});

const runScript = async (script: string, args: string[], env: Record<string, string | undefined> = {}) => {
  const child = spawn(process.execPath, [path.join(appDir, 'scripts', script), ...args], { env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code, output).toBe(0);
  return output;
};

describe('the sealed format', () => {
  it('opens what it sealed, with the current or the previous key, and refuses another key or altered text', () => {
    const [a, b] = [parseKey(newKeyText())!, parseKey(newKeyText())!];
    const sealed = seal(MARKER, a);
    expect(sealed).toMatch(/^enc:v1:[A-Za-z0-9_-]{10}:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain('heron');
    expect(seal(MARKER, a)).not.toBe(sealed); // a fresh IV each time
    expect(sealedKeyId(sealed)).toBe(a.id);
    expect(open(sealed, { current: a })).toBe(MARKER);
    expect(open(sealed, { current: b, previous: a })).toBe(MARKER);
    expect(open('typed before sealing began', { current: b })).toBe('typed before sealing began');
    expect(() => open(sealed, { current: b })).toThrow(SealError);
    const altered = sealed.slice(0, -6) + (sealed.at(-6) === 'A' ? 'B' : 'A') + sealed.slice(-5);
    expect(() => open(altered, { current: a })).toThrow(/does not authenticate/);
  });

  it('takes a key of 32 bytes in base64 only', () => {
    expect(parseKey(newKeyText())).not.toBeNull();
    for (const bad of ['', 'short', Buffer.alloc(16).toString('base64'), Buffer.alloc(32).toString('hex'), `${newKeyText()}x`]) expect(parseKey(bad)).toBeNull();
  });
});

describe('the key settings', () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), 'submissions-key-'));

  it('in production, a missing or malformed key stops the start with the variable’s name', () => {
    expect(() => submissionKeyring({ NODE_ENV: 'production' }, dir())).toThrow(/SUBMISSIONS_KEY is not set/);
    expect(() => submissionKeyring({ NODE_ENV: 'production', SUBMISSIONS_KEY: 'not-a-key' }, dir())).toThrow(/^SUBMISSIONS_KEY must be 32 random bytes/);
    expect(() => submissionKeyring({ NODE_ENV: 'production', SUBMISSIONS_KEY: KEY, SUBMISSIONS_KEY_PREVIOUS: 'x' }, dir())).toThrow(/^SUBMISSIONS_KEY_PREVIOUS must be/);
    expect(submissionKeyring({ NODE_ENV: 'production', SUBMISSIONS_KEY: KEY }, dir()).current.id).toBe(parseKey(KEY)!.id);
  });

  // On SQLite by name: the suite's PostgreSQL run would repeat the same two starts.
  it.skipIf(suiteDatabase === 'postgres')('`strapi start` in production without a key, or with a malformed one, exits naming SUBMISSIONS_KEY', () => {
    const db = tempSqliteTarget();
    try {
      for (const key of ['', 'not-a-key']) {
        // Set even when empty: Strapi's .env loading keeps what the environment already has.
        const env = { ...process.env, NODE_ENV: 'production', CMS_PORT: '0', HOST: '127.0.0.1', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: db.target.filename, SUBMISSIONS_KEY: key };
        const run = spawnSync(path.join(appDir, 'node_modules/.bin/strapi'), ['start'], { cwd: appDir, env, encoding: 'utf8', timeout: 90_000 });
        expect(run.status).not.toBe(0);
        expect(`${run.stdout}${run.stderr}`).toMatch(key ? /SUBMISSIONS_KEY must be 32 random bytes/ : /SUBMISSIONS_KEY is not set/);
      }
    } finally {
      db.cleanup();
    }
  });

  it('in development, makes a key once in .tmp/ and keeps using it', () => {
    const app = dir();
    const logged: string[] = [];
    const first = submissionKeyring({ NODE_ENV: 'development' }, app, (message) => logged.push(message));
    const again = submissionKeyring({}, app, (message) => logged.push(message));
    expect(again.current.id).toBe(first.current.id);
    expect(logged[0]).toMatch(/made a development key in \.tmp\/submissions-dev\.key/);
    expect(() => submissionKeyring({}, dir(), undefined, { makeDevKey: false })).toThrow(/SUBMISSIONS_KEY is not set/);
    rmSync(app, { recursive: true, force: true });
  });

  it('a key that does not open the stored submissions stops the start, naming SUBMISSIONS_KEY', async () => {
    await created('contact-messages', contact('key check'));
    await expect(checkStoredKeys(cms.strapi, keyring())).resolves.toBeUndefined();
    await expect(checkStoredKeys(cms.strapi, keyring(newKeyText()))).rejects.toThrow(/^SUBMISSIONS_KEY does not open the stored form submissions/);
    await expect(checkStoredKeys(cms.strapi, { current: parseKey(newKeyText())!, previous: parseKey(KEY)! })).resolves.toBeUndefined();
  });
});

describe('at rest', () => {
  it('names the tables and columns Strapi uses', () => {
    for (const uid of SEALED_UIDS) {
      const meta = cms.strapi.db.metadata.get(uid);
      expect(meta.tableName).toBe(SEALED_FIELDS[uid].table);
      for (const [field, column] of Object.entries(SEALED_FIELDS[uid].columns)) {
        expect((meta.attributes[field] as { columnName?: string }).columnName ?? field).toBe(column);
      }
    }
  });

  it('the database, its dump and a backup hold no word of a submission; Editors read it in the admin', async () => {
    const contactId = await created('contact-messages', contact(MARKER));
    const trainingId = await created('training-requests', training(MARKER));

    for (const uid of SEALED_UIDS) {
      for (const row of await rawRows(uid)) {
        for (const column of Object.values(SEALED_FIELDS[uid].columns) as string[]) {
          if (row[column]) expect(String(row[column])).toMatch(/^enc:v1:/);
        }
      }
    }
    expect(databaseBytes().includes('heron'), 'the marker is in the database').toBe(false);

    const folder = mkdtempSync(path.join(tmpdir(), 'sealed-backup-'));
    try {
      await runScript('backup.mjs', [folder]);
      const file = suiteDatabase === 'sqlite' ? 'database.sqlite' : 'database.dump';
      expect(readdirSync(folder)).toContain(file);
      expect(readFileSync(path.join(folder, file)).includes('heron'), 'the marker is in the backup').toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    const { id: role } = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await cms.strapi.service('admin::user').create({ email: 'sealed-editor@mecasa.example', firstname: 'Editor', password: 'Staff-password-123', isActive: true, roles: [role] });
    const jwt = await adminLogin(cms, 'sealed-editor@mecasa.example', 'Staff-password-123');
    const admin = async (pathname: string) => {
      const response = await fetch(`${cms.url}${pathname}`, { headers: { authorization: `Bearer ${jwt}` } });
      expect(response.status).toBe(200);
      return response.text();
    };
    const one = JSON.parse(await admin(`/content-manager/collection-types/${CONTACT}/${contactId}`)) as { data: Record<string, unknown> };
    expect(one.data).toMatchObject(contact(MARKER));
    const list = await admin(`/content-manager/collection-types/${TRAINING}?page=1&pageSize=100`);
    expect(list).toContain(`Clinic ${MARKER}`);
    expect(list).not.toContain('enc:v1:');
    const entry = JSON.parse(await admin(`/content-manager/collection-types/${TRAINING}/${trainingId}`)) as { data: Record<string, unknown> };
    expect(entry.data).toMatchObject(training(MARKER));
  });

  it('keeps the visitors’ length limits on the plain text, and stores the longest text they allow', async () => {
    const longest = { name: 'ü'.repeat(100), email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.org`, message: '€'.repeat(5000) };
    expect(longest.email).toHaveLength(254);
    const id = await created('contact-messages', { ...contact('x'), ...longest, phone: '+1 (207) 555-0100 000 000 00 0' });
    expect(await cms.strapi.db.query(CONTACT).findOne({ where: { documentId: id } })).toMatchObject(longest);
    const trainingId = await created('training-requests', { ...training('x'), organization: 'ö'.repeat(200), audience: 'ä'.repeat(200), preferredDates: 'é'.repeat(200), role: 'ß'.repeat(100) });
    expect(await cms.strapi.db.query(TRAINING).findOne({ where: { documentId: trainingId } })).toMatchObject({ organization: 'ö'.repeat(200) });
    expect((await post('contact-messages', { ...contact('x'), name: 'ü'.repeat(101) })).status).toBe(400);
    expect((await post('training-requests', { ...training('x'), organization: 'ö'.repeat(201) })).status).toBe(400);
  });

  it('answers the form with the id only', async () => {
    const answer = await post('contact-messages', contact(MARKER));
    expect(answer.status).toBe(201);
    expect(answer.text).not.toContain('heron');
  });
});

describe('submissions:rekey', () => {
  it('moves every value, and those stored in plain text before sealing began, onto the new key; a second run changes nothing', async () => {
    await created('training-requests', training('before the rotation'));
    // A row from before sealing began, written around the CMS.
    const table = () => cms.strapi.db.getConnection(SEALED_FIELDS[CONTACT].table);
    await table().insert({ document_id: 'legacyplainrow000000000', name: 'Legacy', email: 'old@example.org', reply_by: 'email', message: `legacy ${MARKER}`, handling_status: 'new' });
    const { id: plainId } = (await table().where({ document_id: 'legacyplainrow000000000' }).first('id')) as { id: number };
    expect(await cms.strapi.db.query(CONTACT).findOne({ where: { id: plainId } })).toMatchObject({ name: 'Legacy', message: `legacy ${MARKER}` });

    const next = newKeyText();
    const report = await runScript('submissions-rekey.mjs', [], { SUBMISSIONS_KEY: next, SUBMISSIONS_KEY_PREVIOUS: KEY });
    expect(report).toMatch(/[1-9]\d* values sealed under key/);
    const rotated: Keyring = { current: parseKey(next)! };
    for (const uid of SEALED_UIDS) {
      for (const row of await rawRows(uid)) {
        for (const column of Object.values(SEALED_FIELDS[uid].columns) as string[]) {
          if (row[column]) expect(sealedKeyId(String(row[column]))).toBe(rotated.current.id);
        }
      }
    }
    const legacy = (await rawRows(CONTACT)).find((row) => row.id === plainId)!;
    expect(open(String(legacy.message), rotated)).toBe(`legacy ${MARKER}`);
    expect(databaseBytes().includes('heron'), 'the marker is in the database').toBe(false);
    await expect(checkStoredKeys(cms.strapi, keyring())).rejects.toThrow(/SUBMISSIONS_KEY/);
    await expect(checkStoredKeys(cms.strapi, rotated)).resolves.toBeUndefined();

    expect(await runScript('submissions-rekey.mjs', [], { SUBMISSIONS_KEY: next })).toMatch(/ 0 values sealed under key/);
  });
});
