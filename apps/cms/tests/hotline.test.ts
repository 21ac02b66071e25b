// Two people for a hotline change, and the audit log, through the admin's own APIs as the admin
// panel uses them: two Editors, an Author, the first administrator and a real SMTP server. A
// publish of new numbers by one Editor changes nothing visitors see until the other approves; a
// rejection keeps the old ones; every step is mailed to every Editor and administrator and is in an
// audit log that no one can edit or delete, and that is absent from the public API. A restart in
// the middle keeps the change pending.
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '@maine-sten/test-harness/smtp-server';
import { adminLogin, bootCms, expectExactly, tempDatabase, type BootedCms, type DatabaseTarget } from '@maine-sten/test-harness/cms';
import { HOTLINE_CHANGE } from '../src/hotline/change';
import { retryHotlineNotices } from '../src/hotline/notices';
import { setClockForTests } from '../src/utils/clock';

const ADMIN = { email: 'admin@mecasa.example', password: 'First-admin-123' };
const PASSWORD = 'Staff-password-123';
const OLD = '1-888-373-7888';
const SETTINGS = '/content-manager/single-types/api::site-setting.site-setting';
const HOUR = 60 * 60 * 1000;
const EMAIL_PAUSE = 10 * 60 * 1000;

let smtp: TestSmtpServer;
let cms: BootedCms;
let target: DatabaseTarget;
let cleanup: () => Promise<void>;
const tokens: Record<string, string> = {};

const login = (email: string, password = PASSWORD) => adminLogin(cms, email, password);

const as = (who: string) => async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as { data?: Record<string, unknown> | null; error?: { message: string } } | null };
};

async function signInEveryone() {
  tokens.admin = await login(ADMIN.email, ADMIN.password);
  for (const name of ['editora', 'editorb', 'author']) tokens[name] = await login(`${name}@mecasa.example`);
}

/** What visitors get: REST and GraphQL, anonymous. */
async function publicPhone(): Promise<{ rest: string; graphql: string }> {
  const rest = (await (await fetch(`${cms.url}/api/site-setting?populate=hotline`)).json()) as { data: { hotline: { phone: string } } };
  const graphql = await cms.graphql<{ siteSetting: { hotline: { phone: string } } }>('{ siteSetting { hotline { phone } } }');
  return { rest: rest.data.hotline.phone, graphql: graphql.data!.siteSetting.hotline.phone };
}

/** Editor `who` changes the phone in Site settings and presses Publish. */
const publishPhone = async (who: string, phone: string) => {
  const api = as(who);
  const current = await api('GET', `${SETTINGS}?locale=en`);
  const { id: _id, ...numbers } = current.body!.data!.hotline as Record<string, unknown>;
  const hotline = { ...numbers, phone };
  // The form's fields, as the admin panel sends them: not the document's status ("modified" after an edit).
  const { status: _status, ...fields } = current.body!.data!;
  return api('POST', `${SETTINGS}/actions/publish?locale=en`, { ...fields, hotline });
};

const pending = async () => (await as('editorb')('GET', '/admin/hotline-changes/pending')).body?.data as { documentId: string; proposedBy: string; proposed: { phone: string } } | null;
const auditEntries = async (action: string) =>
  (await cms.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { action }, orderBy: { id: 'asc' } })) as { actor: string; details: Record<string, unknown> }[];
const mailsWith = (subject: string) => smtp.mails.filter((mail) => mail.raw.includes(subject));

beforeAll(async () => {
  smtp = await startSmtpServer();
  // EMAIL_RETRY_SECONDS: ten minutes, then twenty; no notice is tried again by itself while a test runs, only when it moves the CMS's clock.
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, EMAIL_RETRY_SECONDS: String(EMAIL_PAUSE / 1000) });
  const db = await tempDatabase();
  target = db.target;
  cleanup = db.cleanup;
  cms = await bootCms(target);
  for (const [name, code] of [['editora', 'strapi-editor'], ['editorb', 'strapi-editor'], ['author', 'strapi-author']] as const) {
    const { id } = await cms.strapi.db.query('admin::role').findOne({ where: { code } });
    await cms.strapi.service('admin::user').create({ email: `${name}@mecasa.example`, firstname: name, password: PASSWORD, isActive: true, roles: [id] });
  }
  await signInEveryone();
});

afterEach(() => setClockForTests(null));
afterAll(async () => {
  await cms?.stop();
  await cleanup?.();
  await smtp?.stop();
  for (const key of ['SMTP_HOST', 'SMTP_PORT', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'EMAIL_RETRY_SECONDS']) delete process.env[key];
});

interface StoredChange {
  createdAt: string;
  emailAttempts: number | null;
  emailSentAt: string | null;
  emailNextAttemptAt: string | null;
}
const stored = async (documentId: string) => (await cms.strapi.db.query(HOTLINE_CHANGE).findOne({ where: { documentId } })) as StoredChange;
const msOf = (time: string | null) => new Date(time!).getTime();

describe('a hotline change needs two people', () => {
  it('a publish of new numbers by one Editor leaves what visitors see unchanged, and files a proposal', async () => {
    const published = await publishPhone('editora', '1-800-555-0199');
    expect(published.status).toBe(200);
    expect(await publicPhone()).toEqual({ rest: OLD, graphql: OLD });
    const change = await pending();
    expect(change?.proposed.phone).toBe('1-800-555-0199');
    expect(change?.proposedBy).toContain('editora@mecasa.example');
    // Everyone who may decide is told, with the old and new number; the Author is not.
    await expect.poll(() => mailsWith('proposed').length, { timeout: 10_000 }).toBe(1);
    const [mail] = mailsWith('proposed');
    expect(mail!.to.sort()).toEqual(['admin@mecasa.example', 'editora@mecasa.example', 'editorb@mecasa.example']);
    expect(mail!.raw).toContain(OLD);
    expect(mail!.raw).toContain('1-800-555-0199');
  });

  it('the proposer cannot approve it, an Author cannot decide or propose', async () => {
    const change = (await pending())!;
    const own = await as('editora')('POST', `/admin/hotline-changes/${change.documentId}/approve`);
    expect(own.status).toBe(403);
    expect(own.body?.error?.message).toContain('second person');
    expect((await as('author')('POST', `/admin/hotline-changes/${change.documentId}/approve`)).status).toBe(403);
    expect((await publishPhone('author', '1-800-555-0100')).status).toBe(403);
    expect((await pending())?.proposed.phone).toBe('1-800-555-0199');
    expect(await publicPhone()).toEqual({ rest: OLD, graphql: OLD });
  });

  it('stays pending across a restart', async () => {
    await cms.stop();
    cms = await bootCms(target);
    await signInEveryone();
    expect((await pending())?.proposed.phone).toBe('1-800-555-0199');
    expect(await publicPhone()).toEqual({ rest: OLD, graphql: OLD });
  });

  it('another Editor approves it: the new number is published, in the log with both names, and mailed', async () => {
    const change = (await pending())!;
    const approved = await as('editorb')('POST', `/admin/hotline-changes/${change.documentId}/approve`);
    expect(approved.status).toBe(200);
    expect(await publicPhone()).toEqual({ rest: '1-800-555-0199', graphql: '1-800-555-0199' });
    // Every language shows it (the numbers are shared).
    const es = (await (await fetch(`${cms.url}/api/site-setting?populate=hotline&locale=es`)).json()) as { data: { hotline: { phone: string } } };
    expect(es.data.hotline.phone).toBe('1-800-555-0199');
    expect(await pending()).toBeNull();
    const [approval] = await auditEntries('hotline.approve');
    expect(approval!.actor).toContain('editorb@mecasa.example');
    expect(approval!.details.proposedBy).toContain('editora@mecasa.example');
    await expect.poll(() => mailsWith('approved').length, { timeout: 10_000 }).toBe(1);
  });

  it('a rejection keeps the current numbers', async () => {
    expect((await publishPhone('editorb', '1-800-555-0111')).status).toBe(200);
    const change = (await pending())!;
    expect((await as('editora')('POST', `/admin/hotline-changes/${change.documentId}/reject`)).status).toBe(200);
    expect(await publicPhone()).toEqual({ rest: '1-800-555-0199', graphql: '1-800-555-0199' });
    expect(await pending()).toBeNull();
    expect((await auditEntries('hotline.reject'))[0]!.actor).toContain('editora@mecasa.example');
    await expect.poll(() => mailsWith('rejected').length, { timeout: 10_000 }).toBe(1);
  });

  it('an Author is refused alike whether the change exists, was decided or never existed (issue #37)', async () => {
    const decided = (await cms.strapi.db.query(HOTLINE_CHANGE).findOne({ where: { state: 'approved' } })) as { documentId: string };
    const answers = [];
    for (const documentId of [decided.documentId, 'no-such-change0000000000']) {
      for (const kind of ['approve', 'reject']) answers.push(await as('author')('POST', `/admin/hotline-changes/${documentId}/${kind}`));
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(new Set([JSON.stringify(answers[0])]));
    expect(answers[0]!.status).toBe(403);
  });

  it('a change of other settings publishes at once, and its old and new values are in the log', async () => {
    const api = as('editora');
    expect((await api('PUT', `${SETTINGS}?locale=en`, { siteName: 'Maine STEN (renamed)' })).status).toBe(200);
    const [change] = (await auditEntries('site-settings.update')).slice(-1);
    expect(change!.details.changes).toMatchObject({ siteName: { from: 'Maine STEN', to: 'Maine STEN (renamed)' } });
    expect(change!.actor).toContain('editora@mecasa.example');
  });
});

describe('the audit log', () => {
  it('records publishes with who did them', async () => {
    const publishes = await auditEntries('entry.publish');
    expect(publishes.some((entry) => entry.actor.includes('editorb@mecasa.example'))).toBe(true);
  });

  it('cannot be edited or deleted through the admin, even by the administrator', async () => {
    const [entry] = (await cms.strapi.db.query('api::audit-entry.audit-entry').findMany({ limit: 1 })) as { documentId: string }[];
    const path = `/content-manager/collection-types/api::audit-entry.audit-entry/${entry!.documentId}`;
    expect((await as('admin')('PUT', path, { action: 'nothing happened' })).status).toBe(403);
    expect((await as('admin')('DELETE', path)).status).toBe(403);
    expect((await as('admin')('POST', '/content-manager/collection-types/api::audit-entry.audit-entry', { actor: 'me', action: 'forged' })).status).toBe(403);
    expect((await as('editora')('GET', '/content-manager/collection-types/api::audit-entry.audit-entry')).status).toBe(200);
    expect((await as('author')('GET', '/content-manager/collection-types/api::audit-entry.audit-entry')).status).toBe(403);
  });

  it('is absent from the public REST and GraphQL APIs', async () => {
    expect((await fetch(`${cms.url}/api/audit-entries`)).status).toBe(404);
    expect((await fetch(`${cms.url}/api/hotline-changes`)).status).toBe(404);
    const graphql = await cms.graphql('{ auditEntries { action } }');
    expect(graphql.errors?.[0]?.message).toMatch(/Cannot query field/);
  });
});

describe('the notices', () => {
  it('one not sent while SMTP is down is tried again after EMAIL_RETRY_SECONDS, then twice that, and goes out once SMTP is back', async () => {
    const port = smtp.port;
    await smtp.stop();
    let down = true;
    // The later tests mail, whatever this one does.
    onTestFinished(async () => {
      if (down) smtp = await startSmtpServer(port);
    });
    // The CMS's clock stands still: only this test moves it on.
    const start = Date.now();
    setClockForTests(start);
    const published = await publishPhone('editora', '1-800-555-0133');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const { documentId } = (await pending())!;
    const attempts = (n: number) => expect.poll(async () => (await stored(documentId)).emailAttempts, { timeout: 10_000, interval: 50 }).toBe(n);
    /** With the CMS's clock at `at`, the retry job's run. */
    const retryAt = (at: number) => {
      setClockForTests(at);
      return retryHotlineNotices(cms.strapi);
    };

    await attempts(1);
    expect(msOf((await stored(documentId)).emailNextAttemptAt)).toBe(start + EMAIL_PAUSE);
    await retryAt(start + EMAIL_PAUSE - 1);
    expect((await stored(documentId)).emailAttempts).toBe(1);
    // Tried by this run or the cron job's, whichever claims it; it fails again, and the pause doubles.
    await retryAt(start + EMAIL_PAUSE);
    await attempts(2);
    expect(msOf((await stored(documentId)).emailNextAttemptAt)).toBe(start + 3 * EMAIL_PAUSE);

    smtp = await startSmtpServer(port);
    down = false;
    await retryAt(start + 3 * EMAIL_PAUSE - 1);
    expect(mailsWith('Hotline numbers proposed')).toEqual([]);
    await retryAt(start + 3 * EMAIL_PAUSE);
    await expectExactly(() => mailsWith('Hotline numbers proposed').length, 1);
    expect(mailsWith('Hotline numbers proposed')[0]!.raw).toContain('1-800-555-0133');
    await expect.poll(async () => (await stored(documentId)).emailSentAt, { timeout: 5000, interval: 50 }).toBeTruthy();
    expect((await as('editorb')('POST', `/admin/hotline-changes/${documentId}/reject`)).status).toBe(200);
  });
});

describe('an administrator alone', () => {
  it('may approve their own proposal once it has waited HOTLINE_SELF_APPROVAL_HOURS (24), and only with no other Editor or administrator active', async () => {
    const before = (await publicPhone()).rest;
    const published = await publishPhone('admin', '1-800-555-0144');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const { documentId } = (await pending())!;
    const proposedAt = msOf((await stored(documentId)).createdAt);
    const approve = () => as('admin')('POST', `/admin/hotline-changes/${documentId}/approve`);

    // While another Editor could decide, waiting does not make the proposer one.
    setClockForTests(proposedAt + 24 * HOUR);
    expect((await approve()).status).toBe(403);

    await cms.strapi.db.query('admin::user').updateMany({ where: { email: { $in: ['editora@mecasa.example', 'editorb@mecasa.example'] } }, data: { isActive: false } });
    setClockForTests(proposedAt + 24 * HOUR - 1);
    const early = await approve();
    expect(early.status).toBe(403);
    expect(early.body?.error?.message).toContain('second person');
    expect(await publicPhone()).toEqual({ rest: before, graphql: before });

    setClockForTests(proposedAt + 24 * HOUR);
    expect((await approve()).status).toBe(200);
    expect(await publicPhone()).toEqual({ rest: '1-800-555-0144', graphql: '1-800-555-0144' });
  });
});
