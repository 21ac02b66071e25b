// The English beside a translation (GET /admin/translations/source): each text of the English,
// and, once the English changes, which texts changed since the language version was last saved
// and what they said then; saving the translation again clears the marks.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const ADMIN = { email: 'source-admin@example.org', password: 'Source-Admin-Passw0rd!' };
Object.assign(process.env, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });

const suiteCms = useSuiteCms();
let cms: BootedCms;
let jwt: string;
const FAQ = 'api::faq.faq';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

interface SourceText {
  id: string;
  label: string;
  english: string;
  before: string | null;
  changed: boolean;
}
async function source(documentId: string, locale = 'es', uid = FAQ): Promise<{ status: number; texts: SourceText[] }> {
  const query = new URLSearchParams({ uid, documentId, locale });
  const response = await fetch(`${cms.url}/admin/translations/source?${query}`, { headers: { authorization: `Bearer ${jwt}` } });
  return { status: response.status, texts: ((await response.json()) as { data: SourceText[] }).data };
}

beforeAll(async () => {
  cms = suiteCms();
  jwt = await adminLogin(cms, ADMIN.email, ADMIN.password);
});

describe('the English beside a translation', () => {
  it('shows the English texts, then marks what changed in English since the translation was saved, until it is saved again', async () => {
    const faq = await cms.strapi.documents(FAQ).create({
      locale: 'en',
      status: 'published',
      data: { question: 'Where can I get help?', slug: 'source-panel-question', order: 85, answer: paragraph('Call the hotline at any hour.') } as never,
    });
    const saveSpanish = () =>
      cms.strapi.documents(FAQ).update({
        documentId: faq.documentId,
        locale: 'es',
        status: 'published',
        data: { question: '¿Dónde puedo conseguir ayuda?', slug: 'source-panel-question', answer: paragraph('Llame a la línea de ayuda a cualquier hora.') } as never,
      });
    await saveSpanish();
    const first = await source(faq.documentId);
    expect(first.status).toBe(200);
    expect(first.texts.map(({ english, changed }) => [english, changed])).toEqual([
      ['Where can I get help?', false],
      ['Call the hotline at any hour.', false],
    ]);

    await cms.strapi.documents(FAQ).update({ documentId: faq.documentId, locale: 'en', status: 'published', data: { answer: paragraph('Call or text the hotline at any hour.') } as never });
    const answer = (await source(faq.documentId)).texts.find(({ id }) => id.endsWith('/answer.0'))!;
    expect(answer).toMatchObject({ changed: true, before: 'Call the hotline at any hour.', english: 'Call or text the hotline at any hour.' });
    expect((await source(faq.documentId)).texts.find(({ id }) => id.endsWith('/question'))!.changed).toBe(false);

    await saveSpanish();
    expect((await source(faq.documentId)).texts.every(({ changed }) => !changed)).toBe(true);
  });

  it('answers 400 for a type that is not translated or a language the site does not have', async () => {
    expect((await source('x', 'es', 'api::contact-message.contact-message')).status).toBe(400);
    expect((await source('x', 'xx')).status).toBe(400);
  });
});
