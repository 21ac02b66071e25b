// Content history (src/history): each publish keeps a version of the language it published, with
// who and which fields changed; two versions read side by side as text; a restore writes a version
// into the draft only, and its publish goes through the same rules as every other publish — the
// hotline's two-person rule above all. Versions cannot be written, and go after a year past the
// newest 50.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { KEEP_NEWEST, versionsToDrop } from '../src/history/prune';

const ADMIN = { email: 'history-admin@example.org', password: 'History-Admin-Passw0rd!' };
Object.assign(process.env, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
const AUTHOR = { email: 'history-author@example.org', password: 'Author-passw0rd-123' };

const FAQ = 'api::faq.faq';
const FAQS = '/content-manager/collection-types/api::faq.faq';
const SETTINGS = 'api::site-setting.site-setting';
const VERSION = 'api::content-version.content-version';
const DAY = 24 * 60 * 60 * 1000;

const suiteCms = useSuiteCms();
let cms: BootedCms;
let jwt: string;

interface VersionSummary {
  documentId: string;
  publishedAt: string;
  publishedBy: string;
  changed: string[];
}

const admin = async (method: string, path: string, body?: unknown, token = jwt) => {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as { data?: unknown; error?: { message: string } } | null };
};

const answer = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const answerText = (entry: { answer?: { children: { text: string }[] }[] } | null) => entry?.answer?.[0]?.children[0]?.text;

const history = async (uid: string, documentId: string, locale = 'en') =>
  (await admin('GET', `/admin/history?${new URLSearchParams({ uid, documentId, locale })}`)).body!.data as VersionSummary[];

/** The admin's Publish of an FAQ with a new answer, as the signed-in administrator. */
async function publishAnswer(documentId: string, text: string) {
  const current = await admin('GET', `${FAQS}/${documentId}?locale=en`);
  const { status: _status, ...fields } = current.body!.data as Record<string, unknown>;
  const published = await admin('POST', `${FAQS}/${documentId}/actions/publish?locale=en`, { ...fields, answer: answer(text) });
  expect(published.status).toBe(200);
}

async function faqWithThreeVersions(slug: string) {
  const faq = await cms.strapi.documents(FAQ).create({ locale: 'en', status: 'published', data: { question: `What happens to my message (${slug})?`, slug, order: 95, answer: answer('First: we read it.') } as never });
  await publishAnswer(faq.documentId, 'Second: staff read it within a day.');
  await publishAnswer(faq.documentId, 'Third: a mistaken edit.');
  return faq.documentId;
}

const faqIn = (documentId: string, status: 'draft' | 'published') => cms.strapi.documents(FAQ).findOne({ documentId, locale: 'en', status }) as Promise<never>;

beforeAll(async () => {
  cms = suiteCms();
  jwt = await adminLogin(cms, ADMIN.email, ADMIN.password);
});

describe('content history', () => {
  it('keeps a version of each publish, newest first, with who published it and what changed', async () => {
    const documentId = await faqWithThreeVersions('history-three');
    const versions = await history(FAQ, documentId);
    expect(versions).toHaveLength(3);
    expect(versions[0]!.publishedBy).toContain(ADMIN.email);
    expect(versions[0]!.changed).toEqual(['answer']);
    expect(versions[2]!.publishedBy).toBe('CMS (system)');
    expect(versions[2]!.changed).toEqual(expect.arrayContaining(['question', 'slug', 'answer']));
  });

  it('keeps no new version for a publish that changes nothing', async () => {
    const documentId = await faqWithThreeVersions('history-same');
    await cms.strapi.documents(FAQ).publish({ documentId, locale: 'en' });
    expect(await history(FAQ, documentId)).toHaveLength(3);
  });

  it('shows two versions side by side as text, field by field', async () => {
    const documentId = await faqWithThreeVersions('history-compare');
    const [third, , first] = await history(FAQ, documentId);
    const compared = await admin('GET', `/admin/history/compare?from=${first!.documentId}&to=${third!.documentId}`);
    const { fields } = compared.body!.data as { fields: { field: string; from: string; to: string; changed: boolean }[] };
    expect(fields).toContainEqual({ field: 'answer', from: 'First: we read it.', to: 'Third: a mistaken edit.', changed: true });
    expect(fields).toContainEqual({ field: 'question', from: 'What happens to my message (history-compare)?', to: 'What happens to my message (history-compare)?', changed: false });
  });

  it('restores a version into the draft only; its publish is a new version, and the restore is in the audit log', async () => {
    const documentId = await faqWithThreeVersions('history-restore');
    const first = (await history(FAQ, documentId))[2]!;
    expect((await admin('POST', '/admin/history/restore', { version: first.documentId })).status).toBe(200);
    expect(answerText(await faqIn(documentId, 'draft'))).toBe('First: we read it.');
    expect(answerText(await faqIn(documentId, 'published'))).toBe('Third: a mistaken edit.');
    await cms.strapi.documents(FAQ).publish({ documentId, locale: 'en' });
    expect(answerText(await faqIn(documentId, 'published'))).toBe('First: we read it.');
    expect(await history(FAQ, documentId)).toHaveLength(4);
    const audit = (await cms.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { action: 'history.restore', entry: documentId } })) as { actor: string; details: { version: string } }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toContain(ADMIN.email);
    expect(audit[0]!.details.version).toBe(first.documentId);
  });

  it('lets an Author read the history but not restore, and nobody signed out', async () => {
    const documentId = await faqWithThreeVersions('history-author');
    const { id } = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await cms.strapi.service('admin::user').create({ ...AUTHOR, firstname: 'Author', isActive: true, roles: [id] });
    const author = await adminLogin(cms, AUTHOR.email, AUTHOR.password);
    const [version] = await history(FAQ, documentId);
    expect((await admin('GET', `/admin/history?uid=${FAQ}&documentId=${documentId}`, undefined, author)).status).toBe(200);
    const refused = await admin('POST', '/admin/history/restore', { version: version!.documentId }, author);
    expect(refused.status).toBe(403);
    expect(refused.body!.error!.message).toMatch(/Only an Editor or an administrator/);
    expect((await fetch(`${cms.url}/admin/history?uid=${FAQ}&documentId=${documentId}`)).status).toBe(401);
    expect((await admin('GET', `/admin/history?uid=api::audit-entry.audit-entry&documentId=${documentId}`)).status).toBe(403);
  });

  it('cannot be written or changed except by the CMS', async () => {
    await expect(cms.strapi.documents(VERSION).create({ data: { subject: FAQ, entry: 'x', actor: 'me', data: {} } as never })).rejects.toThrow(/cannot be written/);
    const created = await admin('POST', `/content-manager/collection-types/${VERSION}`, { subject: FAQ, entry: 'x', actor: 'me', data: {} });
    expect(created.status).toBe(403);
  });

  it('restores Site settings with other numbers into the draft, and their publish waits for a second person', async () => {
    const published = (await cms.strapi.documents(SETTINGS).findFirst({ locale: 'en', status: 'published', populate: ['hotline'] })) as { documentId: string; hotline: { phone: string } };
    const [newest] = await history(SETTINGS, published.documentId);
    const row = (await cms.strapi.db.query(VERSION).findOne({ where: { documentId: newest!.documentId } })) as { data: { hotline: Record<string, unknown> } };
    // An older version with other numbers (as after a change two people approved, then undid).
    const older = (await cms.strapi.db.query(VERSION).create({
      data: { documentId: 'historyoldernumbers0000000', subject: SETTINGS, entry: published.documentId, language: 'en', actor: 'Someone', changed: ['hotline'], data: { ...row.data, hotline: { ...row.data.hotline, phone: '1-207-555-0100' } }, createdAt: new Date(Date.now() - DAY) },
    })) as { documentId: string };
    expect((await admin('POST', '/admin/history/restore', { version: older.documentId })).status).toBe(200);
    const draft = (await cms.strapi.documents(SETTINGS).findFirst({ locale: 'en', status: 'draft', populate: ['hotline'] })) as { hotline: { phone: string } };
    expect(draft.hotline.phone).toBe('1-207-555-0100');
    await cms.strapi.documents(SETTINGS).publish({ documentId: published.documentId, locale: 'en' });
    const after = (await cms.strapi.documents(SETTINGS).findFirst({ locale: 'en', status: 'published', populate: ['hotline'] })) as { hotline: { phone: string } };
    expect(after.hotline.phone).toBe(published.hotline.phone);
    const proposal = (await cms.strapi.db.query('api::hotline-change.hotline-change').findOne({ where: { state: 'pending' } })) as { proposed: { phone: string } } | null;
    expect(proposal?.proposed.phone).toBe('1-207-555-0100');
    await cms.strapi.db.query('api::hotline-change.hotline-change').updateMany({ where: { state: 'pending' }, data: { state: 'rejected' } });
  });
});

describe('keeping versions', () => {
  const at = (daysAgo: number, id: number) => ({ id, createdAt: new Date(Date.UTC(2026, 11, 3) - daysAgo * DAY).toISOString() });
  const now = Date.UTC(2026, 11, 3);

  it('keeps every version of the last year, however many', () => {
    expect(versionsToDrop(Array.from({ length: 80 }, (_, index) => at(index, index + 1)), now)).toEqual([]);
  });

  it('keeps the newest 50 however old, and drops the older ones past a year', () => {
    const versions = Array.from({ length: 60 }, (_, index) => at(300 + index * 2, index + 1));
    const dropped = versionsToDrop(versions, now);
    expect(dropped).toEqual(versions.slice(KEEP_NEWEST).filter((version) => now - Date.parse(version.createdAt) > 365 * DAY).map(({ id }) => id));
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped).not.toContain(versions[KEEP_NEWEST - 1]!.id);
  });
});
