// The website's key on a submission (Idempotency-Key, a hash of the form's start token): the same
// submission sent again, after a lost answer or by two web processes at once, is stored once and
// emails staff once. The key never shows in the API's answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectExactly, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { startSmtpServer } from '@maine-sten/test-harness/smtp-server';

const FORMS_TOKEN = 'forms-token-for-key-tests-0123456789abcdef';
const STAFF = 'staff-keys@example.org';
const smtp = await startSmtpServer();
Object.assign(process.env, {
  CMS_FORMS_TOKEN: FORMS_TOKEN,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtp.port),
  EMAIL_FROM: 'Maine STEN <no-reply@example.test>',
  SITE_URL: 'https://site.example.test',
  CMS_PUBLIC_URL: 'https://cms.example.test',
});

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(async () => {
  cms = suiteCms();
  const settings = cms.strapi.documents('api::site-setting.site-setting');
  const current = await settings.findFirst();
  await settings.update({ documentId: current!.documentId, data: { notificationEmail: STAFF }, status: 'published' });
});
afterAll(() => smtp.stop());

const post = async (plural: string, data: unknown, key?: string) => {
  const response = await fetch(`${cms.url}/api/${plural}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${FORMS_TOKEN}`, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ data }),
  });
  return { status: response.status, json: (await response.json().catch(() => null)) as { data?: { documentId?: string } } | null };
};
const staffMails = () => smtp.mails.filter((mail) => mail.to.includes(STAFF)).length;

const CASES = [
  ['contact-messages', 'api::contact-message.contact-message', { name: 'Ana', email: 'ana@example.org', replyBy: 'email', message: 'A question' }],
  [
    'training-requests',
    'api::training-request.training-request',
    { name: 'Ben', email: 'ben@example.org', organization: 'Clinic', role: 'Nurse', county: 'washington', audience: 'Nurses', audienceSize: 12, format: 'online' },
  ],
] as const;

describe('a submission sent again with its key', () => {
  it.each(CASES)('%s: sent twice, then twice at once, makes one entry and one staff email each time', async (plural, uid, data) => {
    const count = (submissionKey: string) => cms.strapi.db.query(uid).count({ where: { submissionKey } });
    const before = staffMails();
    const key = `key-${plural}-one-${'a'.repeat(30)}`;
    const first = await post(plural, data, key);
    const again = await post(plural, data, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.json!.data!.documentId).toBe(first.json!.data!.documentId);
    expect(JSON.stringify(first.json)).not.toContain(key);
    expect(await count(key)).toBe(1);

    const raced = `key-${plural}-two-${'b'.repeat(30)}`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(plural, data, raced)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((answer) => answer.json!.data!.documentId)).size).toBe(1);
    expect(await count(raced)).toBe(1);
    await expectExactly(staffMails, before + 2);
  });

  it('without a key, two posts are two entries (as before)', async () => {
    const [plural, uid, data] = CASES[0];
    const before = await cms.strapi.db.query(uid).count({});
    await post(plural, data);
    await post(plural, data);
    expect(await cms.strapi.db.query(uid).count({})).toBe(before + 2);
  });

  it('refuses a malformed key, storing nothing', async () => {
    const [plural, uid, data] = CASES[0];
    const before = await cms.strapi.db.query(uid).count({});
    expect((await post(plural, data, 'short')).status).toBe(400);
    expect(await cms.strapi.db.query(uid).count({})).toBe(before);
  });

  it('the database itself refuses a second row with the same key', async () => {
    const [, uid, data] = CASES[0];
    const submissionKey = `key-direct-${'c'.repeat(30)}`;
    await cms.strapi.db.query(uid).create({ data: { ...data, submissionKey } });
    await expect(cms.strapi.db.query(uid).create({ data: { ...data, submissionKey } })).rejects.toThrow();
  });
});
