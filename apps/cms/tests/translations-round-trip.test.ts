// The translators' round trip through the admin routes (src/translations/admin-routes.ts): a
// script plays the translator, rewriting every target of an exported XLIFF file, and the import
// fills exactly those drafts (never the published versions); each refusal says why and writes
// nothing of the entry it refuses; only Editors and administrators may export or import.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { marked as withMarker, translate, unitIds, type Inline } from '@maine-sten/test-harness/translator';

const ADMIN = { email: 'translations-admin@example.org', password: 'Translations-Admin-Passw0rd!' };
Object.assign(process.env, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });

const suiteCms = useSuiteCms();
let cms: BootedCms;
let jwt: string;

const FAQ = 'api::faq.faq';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

async function call(path: string, init: RequestInit = {}, token = jwt) {
  const response = await fetch(`${cms.url}/admin/translations${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
  return response;
}
const exported = async (locale: string, scope: string) => {
  const response = await call(`/export?locale=${locale}&scope=${scope}`);
  expect(response.status).toBe(200);
  return response.text();
};
async function imported(xliff: string, locale?: string) {
  const response = await call(`/import${locale ? `?locale=${locale}` : ''}`, { method: 'POST', headers: { 'content-type': 'application/xliff+xml' }, body: xliff });
  return {
    status: response.status,
    body: (await response.json()) as { data: { entries: number; units: number; refused: { id: string; reason: string }[]; messages: Record<string, string>; messagesStored: boolean } | null; error?: { message: string } },
  };
}

const rewrite = (value: Inline) => withMarker(value, 'ES');

beforeAll(async () => {
  cms = suiteCms();
  jwt = await adminLogin(cms, ADMIN.email, ADMIN.password);
});

describe('the translations round trip', () => {
  it('counts per language what is current, outdated, unreviewed and missing', async () => {
    const response = await call('/summary');
    const { data } = (await response.json()) as { data: { locale: string; totals: Record<'total' | 'current' | 'outdated' | 'unreviewed' | 'missing', number> }[] };
    expect(data.map(({ locale }) => locale).sort()).toEqual(['es', 'fr']);
    const es = data.find(({ locale }) => locale === 'es')!.totals;
    expect(es.total).toBeGreaterThan(30);
    expect(es.current + es.outdated + es.unreviewed + es.missing).toBe(es.total);
    expect(es.unreviewed).toBeGreaterThan(0); // the seeded translations
  });

  it('exports XLIFF 2.0 with the English as source and the Spanish as target, and imports a translator’s file as drafts only', async () => {
    const xliff = await exported('es', 'all');
    expect(xliff).toMatch(/<xliff [^>]*version="2\.0"[^>]*srcLang="en"[^>]*trgLang="es"|<xliff [^>]*trgLang="es"[^>]*version="2\.0"/);
    const faq = (await cms.strapi.documents(FAQ).findFirst({ locale: 'en', filters: { slug: 'what-is-human-trafficking' } }))!;
    const question = `faq/${faq.documentId}/question`;
    expect(await unitIds(xliff)).toContain(question);
    const publishedBefore = await cms.strapi.documents(FAQ).findOne({ documentId: faq.documentId, locale: 'es', status: 'published' });

    const { status, body } = await imported(await translate(xliff), 'es');
    expect(status).toBe(200);
    expect(body.data!.refused).toEqual([]);
    const ids = await unitIds(xliff);
    expect(body.data!.units).toBe(ids.filter((id) => !id.startsWith('messages/')).length);
    // The site's interface messages travel too, and come back for a developer to commit.
    expect(ids).toContain('messages/quickExit');
    expect(body.data!.messages.quickExit).toBe('ES Exit this page');
    expect(body.data!.messagesStored).toBe(false); // Spanish's messages are the site's own file
    const wrongPlaceholder = await imported(await translate(xliff, (id, unit) => (id === 'messages/searchCount' ? '{count} resultados' : rewrite(unit.source))), 'es');
    expect(wrongPlaceholder.body.data!.refused).toEqual([{ id: 'messages/searchCount', reason: "the placeholders must be the English's, as they are: {n}" }]);
    const draft = await cms.strapi.documents(FAQ).findOne({ documentId: faq.documentId, locale: 'es', status: 'draft' });
    expect(draft!.question).toBe(`ES ${faq.question}`);
    const published = await cms.strapi.documents(FAQ).findOne({ documentId: faq.documentId, locale: 'es', status: 'published' });
    expect(published!.question).toBe(publishedBefore!.question);
    // A page's sections keep what they link to: the home page's list of pages, in Spanish too.
    const linked = async (locale: string) => {
      const home = (await cms.strapi.documents('api::page.page').findFirst({
        locale,
        status: 'draft',
        filters: { slug: 'home' },
        populate: { body: { on: { 'sections.page-links': { populate: { pages: { fields: ['slug'] } } } } } } as never,
      })) as unknown as { body: { __component: string; heading?: string; pages?: { slug: string }[] }[] };
      return home.body.filter((section) => section.__component === 'sections.page-links').map((section) => [section.heading, section.pages!.map(({ slug }) => slug)]);
    };
    const english = await linked('en');
    expect((await linked('es')).map(([, slugs]) => slugs)).toEqual(english.map(([, slugs]) => slugs));
    expect(english.flatMap(([, slugs]) => slugs)).toContain('about');
  });

  it('refuses a file for another language than the one chosen, and one that is not XLIFF, writing nothing', async () => {
    const xliff = await translate(await exported('fr', 'needed'));
    const wrong = await imported(xliff, 'es');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error!.message).toMatch(/The file is for "fr", not for "es"/);
    const broken = await imported('<xliff version="2.0"><file>', 'es');
    expect(broken.status).toBe(400);
  });

  it('refuses, entry by entry, an unknown unit, a changed hotline number, a text over its limit and changed markup; imports the rest', async () => {
    const call = (slug: string, answer: string) =>
      cms.strapi.documents(FAQ).create({ locale: 'en', status: 'published', data: { question: `Round trip ${slug}?`, slug, order: 80, answer: paragraph(answer) } as never });
    const withNumber = await call('round-trip-number', 'Call the hotline at 1-888-373-7888, any time.');
    const tooLong = await call('round-trip-long', 'A short answer.');
    const marked = await cms.strapi.documents(FAQ).create({
      locale: 'en',
      status: 'published',
      data: { question: 'Round trip markup?', slug: 'round-trip-markup', order: 81, answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Read ' }, { type: 'link', url: 'https://www.maine.gov/', children: [{ type: 'text', text: 'the state site' }] }, { type: 'text', text: ' first.' }] }] } as never,
    });
    const fine = await call('round-trip-fine', 'Nothing to refuse here.');
    const other = await call('round-trip-other', 'Nothing to refuse here either.');
    const xliff = await exported('es', 'needed');
    const translated = await translate(xliff, (id, unit) => {
      if (id === `faq/${withNumber.documentId}/answer.0`) return JSON.parse(JSON.stringify(rewrite(unit.source)).replace('1-888-373-7888', '1-800-373-3888'));
      if (id === `faq/${tooLong.documentId}/question`) return 'x'.repeat(250);
      if (id === `faq/${marked.documentId}/answer.0`) return 'Lea primero el sitio del estado.';
      return rewrite(unit.source);
    });
    const unknown = translated.replace(`"faq/${fine.documentId}/question"`, '"faq/no-such-document-0000000/question"');
    const { status, body } = await imported(unknown, 'es');
    expect(status).toBe(200);
    const reasons = body.data!.refused.map(({ id, reason }) => `${id}: ${reason}`).join('\n');
    expect(reasons).toMatch(/no-such-document-0000000\/question: no such entry/);
    expect(reasons).toMatch(new RegExp(`faq/${withNumber.documentId}/answer.0: .*(number|digits)`));
    expect(reasons).toMatch(new RegExp(`faq/${tooLong.documentId}/question: .*250.*200`));
    expect(reasons).toMatch(new RegExp(`faq/${marked.documentId}/answer.0: .*`));
    for (const refused of [withNumber, tooLong, marked]) {
      expect(await cms.strapi.documents(FAQ).findOne({ documentId: refused.documentId, locale: 'es' })).toBeNull();
    }
    // The entry whose question went to an unknown id lacks that unit: refused too, not half-written.
    expect(await cms.strapi.documents(FAQ).findOne({ documentId: fine.documentId, locale: 'es' })).toBeNull();
    expect(body.data!.entries).toBe(1);
    expect((await cms.strapi.documents(FAQ).findOne({ documentId: other.documentId, locale: 'es' }))!.question).toBe('ES Round trip round-trip-other?');
  });

  it('is for Editors and administrators only', async () => {
    const { id } = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await cms.strapi.service('admin::user').create({ email: 'translator-author@example.org', firstname: 'Author', password: 'Author-passw0rd-123', isActive: true, roles: [id] });
    const author = await adminLogin(cms, 'translator-author@example.org', 'Author-passw0rd-123');
    expect((await call('/export?locale=es&scope=all', {}, author)).status).toBe(403);
    expect((await call('/import?locale=es', { method: 'POST', body: '<xliff/>' }, author)).status).toBe(403);
    expect((await fetch(`${cms.url}/admin/translations/export?locale=es&scope=all`)).status).toBe(401);
  });

  it('takes a language added in the settings, with no file of messages, live once it is complete: no code change', async () => {
    const languages = async () => {
      const response = await fetch(`${cms.url}/api/site-languages`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: { code: string; complete: boolean; missingMessages: number; missingEntries: number; messages: Record<string, string> }[] }).data;
    };
    const portuguese = async () => (await languages()).find(({ code }) => code === 'pt');
    expect(await portuguese()).toBeUndefined();
    expect((await languages()).map(({ code }) => code)).not.toContain('es'); // the site's own files speak Spanish

    const added = await fetch(`${cms.url}/i18n/locales`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'pt', name: 'Portuguese (pt)', isDefault: false }),
    });
    expect(added.status).toBe(200);
    try {
      const before = (await portuguese())!;
      expect(before.complete).toBe(false);
      expect(before.messages).toEqual({});
      expect(before.missingEntries).toBeGreaterThan(30);

      const xliff = await exported('pt', 'needed');
      expect(await unitIds(xliff)).toContain('messages/quickExit');
      const { status, body } = await imported(await translate(xliff, (_id, unit) => withMarker(unit.source, 'PT')), 'pt');
      expect(status).toBe(200);
      expect(body.data!.refused).toEqual([]);
      expect(body.data!.messagesStored).toBe(true);
      const drafts = (await portuguese())!;
      expect(drafts).toMatchObject({ complete: false, missingMessages: 0 });
      expect(drafts.messages.quickExit).toBe('PT Exit this page');
      expect(drafts.missingEntries).toBe(before.missingEntries); // imported as drafts: nothing is published yet

      // Only what the import filled is asked again; the messages are kept.
      expect((await unitIds(await exported('pt', 'needed'))).filter((id) => id.startsWith('messages/'))).toEqual([]);

      // The administrator publishes every draft.
      for (const uid of ['api::page.page', 'api::faq.faq', 'api::guiding-principle.guiding-principle', 'api::resource.resource', 'api::council-agency.council-agency'] as const) {
        const entries = (await cms.strapi.documents(uid).findMany({ locale: 'pt', status: 'draft', fields: ['documentId'] as never })) as { documentId: string }[];
        for (const { documentId } of entries) await cms.strapi.documents(uid).publish({ documentId, locale: 'pt' });
      }
      expect(await portuguese()).toMatchObject({ complete: true, missingMessages: 0, missingEntries: 0 });
      // The Translations page agrees: nothing missing (an entry with no words to translate is not waiting).
      const summary = (await (await call('/summary')).json()) as { data: { locale: string; totals: { missing: number } }[] };
      expect(summary.data.find(({ locale }) => locale === 'pt')!.totals).toMatchObject({ missing: 0 });
    } finally {
      const locale = await cms.strapi.db.query('plugin::i18n.locale').findOne({ where: { code: 'pt' } });
      if (locale) await cms.strapi.plugin('i18n').service('locales').delete({ id: locale.id });
    }
  });
});
