// Content per language (Strapi's i18n): English is the default and holds every entry; Spanish and
// French versions of every page, FAQ, principle, resource and agency are seeded (seed/translations/).
// Partners ask for a language with `locale`, over GraphQL and REST; fields that are not text
// (slug, order, navigation) are shared by all languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { contentTranslations } from '../src/seed/translations';

// Whole pages of every language in one query: over what the cost lets a client ask in one go.
process.env.GRAPHQL_MAX_COST = '100000';

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});

interface PageRow {
  title: string;
  slug: string;
  order: number;
  locale: string;
  body: { __typename: string; heading?: string | null; body?: unknown }[];
}
const PAGE_FIELDS = `title slug order locale body {
  __typename
  ... on ComponentSectionsHotline { heading }
  ... on ComponentSectionsRichText { heading body }
}`;

describe('languages', () => {
  it('has English (default), Spanish and French', async () => {
    const service = cms.strapi.plugin('i18n').service('locales');
    const locales = (await service.find()) as { code: string }[];
    expect(locales.map((locale) => locale.code).sort()).toEqual(['en', 'es', 'fr']);
    expect(await service.getDefaultLocale()).toBe('en');
  });

  it('answers the Spanish and French pages by locale, with the English untouched', async () => {
    const query = `query ($locale: I18NLocaleCode) { pages(locale: $locale, sort: "order", pagination: { limit: 100 }) { ${PAGE_FIELDS} } }`;
    const pagesIn = async (locale: string) => (await cms.graphql<{ pages: PageRow[] }>(query, { locale })).data!.pages;
    const [en, es, fr] = [await pagesIn('en'), await pagesIn('es'), await pagesIn('fr')];
    expect(en.find((page) => page.slug === 'get-help')?.title).toBe('Get help now');
    expect(es.map((page) => page.slug)).toEqual(en.map((page) => page.slug));
    expect(fr.map((page) => page.slug)).toEqual(en.map((page) => page.slug));
    expect(es.find((page) => page.slug === 'faq')?.title).toBe('Preguntas frecuentes');
    expect(fr.find((page) => page.slug === 'faq')?.title).toBe('Questions fréquentes');

    const help = es.find((page) => page.slug === 'get-help')!;
    expect(help).toMatchObject({ title: 'Ayuda inmediata', locale: 'es' });
    expect(help.body[0]).toMatchObject({ __typename: 'ComponentSectionsHotline', heading: 'Contacte la línea de ayuda' });
    expect(JSON.stringify(help.body)).toContain('Navegar con más seguridad');
    expect(JSON.stringify(fr.find((page) => page.slug === 'get-help')!.body)).toContain('Rester en sécurité en ligne');
    // Every page's body is translated, section for section.
    for (const [index, page] of en.entries()) {
      expect(es[index]!.body.map((section) => section.__typename), page.slug).toEqual(page.body.map((section) => section.__typename));
      expect(fr[index]!.body.map((section) => section.__typename), page.slug).toEqual(page.body.map((section) => section.__typename));
    }
    expect(JSON.stringify(es.find((page) => page.slug === 'about')!.body)).toContain('ofrece capacitación');
  });

  it('has every FAQ, principle, resource and agency in each language', async () => {
    for (const [type, field] of [['faqs', 'question'], ['guidingPrinciples', 'statement'], ['resources', 'title'], ['councilAgencies', 'name']] as const) {
      const query = `query ($locale: I18NLocaleCode) { ${type}(locale: $locale, pagination: { limit: 100 }) { documentId ${field} } }`;
      const rowsIn = async (locale: string) => (await cms.graphql<Record<string, { documentId: string }[]>>(query, { locale })).data![type]!;
      const [en, es, fr] = [await rowsIn('en'), await rowsIn('es'), await rowsIn('fr')];
      const ids = (rows: { documentId: string }[]) => rows.map((row) => row.documentId).sort();
      expect(en.length, type).toBeGreaterThan(0);
      expect(ids(es), type).toEqual(ids(en));
      expect(ids(fr), type).toEqual(ids(en));
    }
  });

  it('fills, on a database seeded before the translations, what is missing and nothing an editor wrote', async () => {
    const { importContentTranslations } = await import('../src/seed/import-translations');
    const pages = cms.strapi.documents('api::page.page');
    const faqs = cms.strapi.documents('api::faq.faq');
    const about = (await pages.findFirst({ filters: { slug: 'about' }, locale: 'en' }))!;
    const whatIs = (await faqs.findFirst({ filters: { slug: 'what-is-human-trafficking' }, locale: 'en' }))!;
    // As the first seed left it: the Spanish About page with a title and no body; an FAQ's French
    // version gone; and an editor's own Spanish question.
    await pages.update({ documentId: about.documentId, locale: 'es', status: 'published', data: { body: [] } });
    await faqs.delete({ documentId: whatIs.documentId, locale: 'fr' });
    await faqs.update({ documentId: whatIs.documentId, locale: 'es', status: 'published', data: { question: '¿Qué es la trata? (editora)' } });
    await cms.strapi.store({ type: 'core', name: 'seed' }).delete({ key: 'content-translations' });

    expect(await importContentTranslations(cms.strapi)).toBe(2);
    const spanishAbout = (await pages.findOne({ documentId: about.documentId, locale: 'es', status: 'published', populate: ['body'] })) as { body: unknown[] } | null;
    expect(spanishAbout?.body.length).toBeGreaterThan(0);
    expect((await faqs.findOne({ documentId: whatIs.documentId, locale: 'fr', status: 'published' }))?.question).toBe(contentTranslations.fr.faqs['what-is-human-trafficking']!.question);
    expect((await faqs.findOne({ documentId: whatIs.documentId, locale: 'es', status: 'published' }))?.question).toBe('¿Qué es la trata? (editora)');
    // Once: the marker is set again.
    expect(await importContentTranslations(cms.strapi)).toBe(0);
  });

  it('answers REST by locale too', async () => {
    const response = await fetch(`${cms.url}/api/pages?locale=fr&filters[slug][$eq]=get-help&fields[0]=title&fields[1]=locale`);
    const { data } = (await response.json()) as { data: { title: string; locale: string }[] };
    expect(data).toEqual([expect.objectContaining({ title: 'Obtenir de l’aide maintenant', locale: 'fr' })]);
  });

  it('keeps fields that are not text the same in every language', async () => {
    const pages = cms.strapi.documents('api::page.page');
    const faq = (await pages.findFirst({ filters: { slug: 'faq' }, locale: 'en' }))!;
    await pages.update({ documentId: faq.documentId, locale: 'en', data: { order: 41 }, status: 'published' });
    const spanish = await pages.findOne({ documentId: faq.documentId, locale: 'es', status: 'published' });
    expect(spanish?.order).toBe(41);
  });

  it('lets editors add a translation of an FAQ, which only that language shows', async () => {
    const faqs = cms.strapi.documents('api::faq.faq');
    const laws = (await faqs.findFirst({ filters: { slug: 'do-we-need-more-laws' }, locale: 'en' }))!;
    await faqs.update({
      documentId: laws.documentId,
      locale: 'es',
      status: 'published',
      data: { slug: laws.slug, order: laws.order, question: '¿Necesitamos más leyes?', answer: [] } as never,
    });
    const query = 'query ($locale: I18NLocaleCode) { faqs(locale: $locale, filters: { slug: { eq: "do-we-need-more-laws" } }) { question } }';
    expect((await cms.graphql<{ faqs: { question: string }[] }>(query, { locale: 'es' })).data?.faqs).toEqual([
      { question: '¿Necesitamos más leyes?' },
    ]);
    expect((await cms.graphql<{ faqs: { question: string }[] }>(query, { locale: 'en' })).data?.faqs).toEqual([
      { question: 'Do we need more laws?' },
    ]);
  });

  it('has the site settings texts per language, and the hotline numbers typed once for all', async () => {
    type Settings = { hotlineLabel: string; hotlineNotice: string; hotline: { phone: string; sms: string; tty: string } };
    const query = 'query ($locale: I18NLocaleCode) { siteSetting(locale: $locale) { hotlineLabel hotlineNotice hotline { phone sms tty } } }';
    const settingsIn = async (locale: string) => (await cms.graphql<{ siteSetting: Settings }>(query, { locale })).data!.siteSetting;
    const [en, es, fr] = [await settingsIn('en'), await settingsIn('es'), await settingsIn('fr')];
    expect(en.hotlineLabel).toBe('National Human Trafficking Hotline');
    expect(es.hotlineLabel).toBe('Línea Nacional contra la Trata de Personas');
    expect(fr.hotlineLabel).toBe('Ligne nationale contre la traite des êtres humains');
    for (const settings of [es, fr]) expect(settings.hotlineNotice).toContain('{{hotline.phone}}');
    expect(es.hotline).toEqual(en.hotline);
    expect(fr.hotline).toEqual({ phone: '1-888-373-7888', sms: '233733', tty: '711' });

    // A change of the numbers reaches every language once a second person approves it: hotline.test.ts.
  });
});
