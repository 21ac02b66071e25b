// Phone numbers are checked before publish (document-middlewares/check-phone-numbers.ts), on the
// real CMS: a near miss of the hotline refuses the publish with the field and the right number,
// through the document service and the admin's Publish as an Editor, in every language; the right
// number publishes; another unknown number publishes from code, and from the admin once an Editor
// has confirmed it; drafts save. The start-up scan finds what got published anyway.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { adminLogin, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { logPublishedPhoneNumbers, scanPublished } from '../src/bootstrap/phone-scan';

const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(() => {
  cms = suiteCms();
});

const BAD = ['1-800-373-3888', '1-888-373-7878', '1-888-733-7888'];
const LOCALES = ['en', 'es'];
const paragraph = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];
const faqs = () => cms.strapi.documents('api::faq.faq');
const pages = () => cms.strapi.documents('api::page.page');
const refusal = (number: string, path: string[]) => ({
  name: 'ValidationError',
  message: expect.stringContaining(`${number} looks like the National Human Trafficking Hotline but is not it: the hotline is 1-888-373-7888`),
  details: { errors: [expect.objectContaining({ path })] },
});

const faqId = async () => (await faqs().findFirst({ filters: { slug: 'do-we-need-more-laws' } }))!.documentId;
const publishedAnswer = async (documentId: string, locale: string) => (await faqs().findOne({ documentId, locale, status: 'published' }))?.answer;

describe('an FAQ answer', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    it.each(BAD)('with %s is refused at publish, and its draft saves', async (number) => {
      const documentId = await faqId();
      const before = await publishedAnswer(documentId, locale);
      const answer = paragraph(`Call ${number} any time.`);
      await expect(faqs().update({ documentId, locale, data: { question: 'Do we need more laws?', slug: 'do-we-need-more-laws', answer }, status: 'published' })).rejects.toMatchObject(
        refusal(number, ['answer']),
      );
      const draft = await faqs().update({ documentId, locale, data: { question: 'Do we need more laws?', slug: 'do-we-need-more-laws', answer } });
      expect(draft?.answer).toEqual(answer);
      await expect(faqs().publish({ documentId, locale })).rejects.toMatchObject(refusal(number, ['answer']));
      expect(await publishedAnswer(documentId, locale)).toEqual(before);
    });

    it.each(['1-888-373-7888', '(888) 373-7888', '207-555-0142'])('with %s publishes', async (number) => {
      const documentId = await faqId();
      const answer = paragraph(`Call ${number} any time.`);
      await faqs().update({ documentId, locale, data: { question: 'Do we need more laws?', slug: 'do-we-need-more-laws', answer }, status: 'published' });
      expect(await publishedAnswer(documentId, locale)).toEqual(answer);
    });
  });
});

describe('a page body', () => {
  const body = (text: string) => [{ __component: 'sections.rich-text' as const, heading: 'Call', body: paragraph(text) }];
  const pageId = async () => (await pages().findFirst({ filters: { slug: 'get-help' } }))!.documentId;

  describe.each(LOCALES)('in %s', (locale) => {
    it.each(BAD)('with %s is refused at publish', async (number) => {
      const documentId = await pageId();
      const before = (await pages().findOne({ documentId, locale, status: 'published', populate: { body: { populate: '*' } } }))?.body;
      await expect(pages().update({ documentId, locale, data: { body: body(`Dial ${number}.`) }, status: 'published' })).rejects.toMatchObject(
        refusal(number, ['body', '0', 'body']),
      );
      expect((await pages().findOne({ documentId, locale, status: 'published', populate: { body: { populate: '*' } } }))?.body).toEqual(before);
    });

    it('with 207-555-0142 publishes', async () => {
      const documentId = await pageId();
      await pages().update({ documentId, locale, data: { body: body('Dial 207-555-0142.') }, status: 'published' });
      const published = await pages().findOne({ documentId, locale, status: 'published', populate: { body: { populate: '*' } } });
      expect(JSON.stringify(published?.body)).toContain('207-555-0142');
    });
  });
});

describe('an agency', () => {
  const agencies = () => cms.strapi.documents('api::council-agency.council-agency');

  it('is refused a near miss of the hotline as its own phone, even once saved in its draft, and keeps its number', async () => {
    const agency = (await agencies().findFirst({ status: 'published' }))!;
    // Saved as a draft first: the draft's number must not count as an agency's known number.
    await agencies().update({ documentId: agency.documentId, data: { phone: '1-888-373-7878' } });
    await expect(agencies().publish({ documentId: agency.documentId })).rejects.toMatchObject(refusal('1-888-373-7878', ['phone']));
    expect((await agencies().findOne({ documentId: agency.documentId, status: 'published' }))?.phone).toBe(agency.phone);
  });
});

describe('the admin’s Publish, as an Editor', () => {
  const FAQS = '/content-manager/collection-types/api::faq.faq';
  let token: string;
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${cms.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { data?: { documentId?: string }; error?: { message: string; details?: { errors?: { path: string[] }[] } } } };
  };

  beforeAll(async () => {
    const { id } = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await cms.strapi.service('admin::user').create({ email: 'phone-editor@mecasa.example', firstname: 'Editor', password: 'Staff-password-123', isActive: true, roles: [id] });
    token = await adminLogin(cms, 'phone-editor@mecasa.example', 'Staff-password-123');
  });

  it('answers the refusal on the field, with the right number', async () => {
    const fields = { question: 'Which number?', slug: 'which-number', order: 90, answer: paragraph('Call 1-800-373-3888.') };
    const created = await api('POST', `${FAQS}?locale=es`, fields);
    expect(created.status).toBe(201); // the draft saves
    const publish = await api('POST', `${FAQS}/${created.body.data!.documentId}/actions/publish?locale=es`, fields);
    expect(publish.status).toBe(400);
    expect(publish.body.error?.message).toContain('answer: 1-800-373-3888 looks like the National Human Trafficking Hotline but is not it: the hotline is 1-888-373-7888');
    expect(publish.body.error?.details?.errors?.[0]?.path).toEqual(['answer']);
  });

  it('waits for the Editor to confirm another unknown number, then publishes it; a near miss can never be confirmed', async () => {
    const fields = { question: 'Which office number?', slug: 'which-office-number', order: 90, answer: paragraph('Call our office at 207-555-0142, not 1-888-373-7878.') };
    const created = await api('POST', FAQS, fields);
    const documentId = created.body.data!.documentId!;
    const confirm = (number: string) => api('POST', '/admin/phone-numbers/confirm', { uid: 'api::faq.faq', documentId, locale: 'en', number });
    expect((await confirm('1-888-373-7878')).status).toBe(400);
    const fixed = { ...fields, answer: paragraph('Call our office at 207-555-0142.') };
    const waiting = await api('POST', `${FAQS}/${documentId}/actions/publish`, fixed);
    expect(waiting.status).toBe(400);
    expect(waiting.body.error?.message).toContain('answer: 207-555-0142 is neither the hotline nor a council agency\'s number. If it is right: save');
    expect(await publishedAnswer(documentId, 'en')).toBeUndefined();
    expect((await api('PUT', `${FAQS}/${documentId}`, fixed)).status).toBe(200);
    const confirmed = await confirm('207-555-0142');
    expect(confirmed.status).toBe(200);
    const numbers = (await (await fetch(`${cms.url}/admin/phone-numbers?uid=api::faq.faq&documentId=${documentId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      data: { number: string; confirmed?: { by: string } }[];
    };
    expect(numbers.data).toEqual([expect.objectContaining({ number: '207-555-0142', confirmed: expect.objectContaining({ by: expect.stringContaining('phone-editor@mecasa.example') }) })]);
    expect((await api('POST', `${FAQS}/${documentId}/actions/publish`, fixed)).status).toBe(200);
    expect(JSON.stringify(await publishedAnswer(documentId, 'en'))).toContain('207-555-0142');
  });
});

describe('the start-up scan', () => {
  it('finds no near miss in the seeded content, and finds one published behind the check’s back', async () => {
    expect((await scanPublished(cms.strapi)).filter(({ kind }) => kind === 'near-miss')).toEqual([]);
    const documentId = await faqId();
    // Straight into the database, as content published before the check existed.
    await cms.strapi.db.query('api::faq.faq').updateMany({ where: { documentId, locale: 'en', publishedAt: { $ne: null } }, data: { answer: paragraph('Call 1-800-373-3888.') } });
    expect(await scanPublished(cms.strapi)).toContainEqual(
      expect.objectContaining({ kind: 'near-miss', uid: 'api::faq.faq', documentId, locale: 'en', field: 'answer', number: '1-800-373-3888', hotline: '1-888-373-7888' }),
    );
    const warn = vi.spyOn(cms.strapi.log, 'warn');
    await logPublishedPhoneNumbers(cms.strapi);
    expect(warn).toHaveBeenCalledWith(
      `Phone numbers: api::faq.faq ${documentId} (en) answer: 1-800-373-3888 looks like the hotline but is not it: the hotline is 1-888-373-7888`,
    );
    warn.mockRestore();
  });
});
