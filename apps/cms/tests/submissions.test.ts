// Form submissions are personal data. Anonymous clients can neither read, list nor create them
// over REST or GraphQL; the website's form token (CMS_FORMS_TOKEN) can create them and nothing
// else; the CMS enforces the same rules as the forms (required fields, formats, lengths); Editors
// see and handle them in the admin, Authors do not see them.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const FORMS_TOKEN = 'forms-token-for-tests-0123456789abcdef';
const READ_TOKEN = 'read-token-for-submission-tests-0123456789';
process.env.CMS_FORMS_TOKEN = FORMS_TOKEN;
process.env.CMS_READ_TOKEN = READ_TOKEN;

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});

const TYPES = {
  'contact-messages': {
    uid: 'api::contact-message.contact-message',
    valid: { name: 'Ana', email: 'ana@example.org', replyBy: 'email', message: 'Are there trained facilitators in Aroostook?' },
  },
  'training-requests': {
    uid: 'api::training-request.training-request',
    valid: {
      name: 'Ben',
      email: 'ben@example.org',
      organization: 'Clinic',
      role: 'Nurse',
      county: 'aroostook',
      audience: 'Nurses',
      audienceSize: 20,
      format: 'inPerson',
    },
  },
  'newsletter-subscriptions': {
    uid: 'api::newsletter-subscription.newsletter-subscription',
    valid: { email: 'cara@example.org', consent: true },
  },
} as const;
type Plural = keyof typeof TYPES;

const rest = async (method: string, path: string, token?: string, data?: unknown) => {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: data === undefined ? undefined : JSON.stringify({ data }),
  });
  return { status: response.status, text: await response.text() };
};
const count = (plural: Plural) => cms.strapi.db.query(TYPES[plural].uid).count();

describe.each(Object.keys(TYPES) as Plural[])('%s', (plural) => {
  const { valid } = TYPES[plural];

  it('cannot be created, read or listed anonymously, nor with the read token', async () => {
    const before = await count(plural);
    for (const token of [undefined, READ_TOKEN]) {
      expect((await rest('POST', `/api/${plural}`, token, valid)).status).toBe(403);
      expect([403, 404, 405]).toContain((await rest('GET', `/api/${plural}`, token)).status);
    }
    expect(await count(plural)).toBe(before);
  });

  it('is created with the form token, which can read nothing back and nothing else', async () => {
    const created = await rest('POST', `/api/${plural}`, FORMS_TOKEN, valid);
    // A sign-up answers the same whether the address is new or not (202, no data): it is looked up here.
    const signUp = plural === 'newsletter-subscriptions';
    expect(created.status).toBe(signUp ? 202 : 201);
    const documentId = signUp
      ? ((await cms.strapi.db.query(TYPES[plural].uid).findOne({ where: { email: valid.email } })) as { documentId: string }).documentId
      : (JSON.parse(created.text) as { data: { documentId: string } }).data.documentId;
    expect(documentId).toBeTruthy();
    expect([403, 404, 405]).toContain((await rest('GET', `/api/${plural}`, FORMS_TOKEN)).status);
    expect([403, 404, 405]).toContain((await rest('GET', `/api/${plural}/${documentId}`, FORMS_TOKEN)).status);
    expect([403, 404, 405]).toContain((await rest('DELETE', `/api/${plural}/${documentId}`, FORMS_TOKEN)).status);
    expect((await rest('GET', '/api/faqs', FORMS_TOKEN)).status).toBe(403);
    expect((await rest('POST', '/api/faqs', FORMS_TOKEN, { question: 'Injected?' })).status).toBe(403);
  });

  it('refuses bad input with a 400 and stores nothing', async () => {
    const before = await count(plural);
    const bad: Record<string, unknown>[] = [
      { ...valid, email: 'not-an-email' },
      { ...valid, email: `${'a'.repeat(250)}@example.org` },
      Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'email')),
    ];
    for (const data of bad) expect((await rest('POST', `/api/${plural}`, FORMS_TOKEN, data)).status).toBe(400);
    expect(await count(plural)).toBe(before);
  });
});

describe('the rules the forms follow', () => {
  it.each([
    ['contact-messages', { ...TYPES['contact-messages'].valid, message: 'x'.repeat(5001) }],
    ['contact-messages', { ...TYPES['contact-messages'].valid, phone: 'call me maybe' }],
    ['contact-messages', { ...TYPES['contact-messages'].valid, replyBy: 'pigeon' }],
    ['contact-messages', { ...TYPES['contact-messages'].valid, replyBy: 'phone' }],
    ['training-requests', { ...TYPES['training-requests'].valid, county: 'middlesex' }],
    ['training-requests', { ...TYPES['training-requests'].valid, audienceSize: 0 }],
    ['training-requests', { ...TYPES['training-requests'].valid, format: 'hybrid' }],
  ] as const)('%s refuses %j', async (plural, data) => {
    expect((await rest('POST', `/api/${plural}`, FORMS_TOKEN, data)).status).toBe(400);
  });

  it('starts every contact message as new, whatever the request says, and answers with its id only', async () => {
    const created = await rest('POST', '/api/contact-messages', FORMS_TOKEN, {
      ...TYPES['contact-messages'].valid,
      email: 'new@example.org',
      handlingStatus: 'done',
      emailSentAt: '2020-01-01T00:00:00.000Z',
    });
    expect(created.status).toBe(201);
    const { data } = JSON.parse(created.text) as { data: Record<string, unknown> };
    expect(Object.keys(data)).toEqual(['documentId']);
    const stored = await cms.strapi.db.query('api::contact-message.contact-message').findOne({ where: { documentId: data.documentId } });
    expect(stored).toMatchObject({ handlingStatus: 'new', emailSentAt: null, email: 'new@example.org' });
  });
});

describe('GraphQL', () => {
  it('has no submission types at all', async () => {
    for (const query of [
      '{ contactMessages { email } }',
      '{ trainingRequests { email } }',
      '{ newsletterSubscriptions { email } }',
      'mutation { createContactMessage(data: { name: "x", email: "x@example.org", message: "x" }) { documentId } }',
    ]) {
      const result = await cms.graphql(query);
      expect(result.status).toBe(400);
    }
  });
});

describe('staff roles', () => {
  const permissionsOf = async (code: string) => {
    const role = await cms.strapi.db.query('admin::role').findOne({ where: { code }, populate: ['permissions'] });
    return (role.permissions as { action: string; subject: string | null }[]).filter((permission) =>
      Object.values(TYPES).some(({ uid }) => uid === permission.subject),
    );
  };

  it('Editors read and update submissions; Authors have no permission on them', async () => {
    const editor = (await permissionsOf('strapi-editor')).map((permission) => `${permission.subject} ${permission.action}`);
    for (const { uid } of Object.values(TYPES)) {
      expect(editor).toContain(`${uid} plugin::content-manager.explorer.read`);
      expect(editor).toContain(`${uid} plugin::content-manager.explorer.update`);
    }
    expect(await permissionsOf('strapi-author')).toEqual([]);
  });
});

describe('text as typed', () => {
  it('keeps every language’s letters, joiners and line breaks, and drops control and bidi-override characters', async () => {
    const message = 'Hola\u0000 señora,\r\nمرحبا\u202E gnp.exe\u202C — \u0928\u094D\u200D\u0928 \u0007done\ttab\uFEFF';
    const created = await rest('POST', '/api/contact-messages', FORMS_TOKEN, { ...TYPES['contact-messages'].valid, name: 'Ana\u0000\u202E', message });
    expect(created.status).toBe(201);
    const { documentId } = (JSON.parse(created.text) as { data: { documentId: string } }).data;
    const stored = await cms.strapi.db.query('api::contact-message.contact-message').findOne({ where: { documentId } });
    expect(stored.name).toBe('Ana');
    expect(stored.message).toBe('Hola señora,\r\nمرحبا gnp.exe — \u0928\u094D\u200D\u0928 donetab'.replace('donetab', 'done\ttab'));
  });
});
