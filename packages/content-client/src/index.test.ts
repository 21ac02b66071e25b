// The client against a real, seeded CMS (booted by test/cms.global-setup.ts).
import { describe, expect, inject, it } from 'vitest';
import {
  ContentQueryError,
  ContentUnavailableError,
  createContentClient,
  fillHotlineTokens,
  RESOURCE_CATEGORIES,
} from './index';

const url = inject('cmsUrl');
const content = createContentClient({ url });

describe('createContentClient against the CMS', () => {
  it('reads the site settings with the hotline', async () => {
    const settings = await content.getSiteSettings();
    expect(settings.hotline).toMatchObject({ phone: '1-888-373-7888', sms: '233733', tty: '711' });
    expect(settings.quickExitUrl).toMatch(/^https:\/\//);
  });

  it('lists the 9 FAQ in order', async () => {
    const faqs = await content.listFaqs();
    expect(faqs.map((faq) => faq.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(faqs[0]?.question).toBe('What is human trafficking?');
  });

  it('lists the guiding principles, all or by group', async () => {
    expect(await content.listGuidingPrinciples()).toHaveLength(10);
    const victimServices = await content.listGuidingPrinciples({ group: 'victimServices' });
    expect(victimServices.map((p) => p.group)).toEqual(['victimServices', 'victimServices']);
  });

  it('lists the 19 council agencies', async () => {
    const agencies = await content.listCouncilAgencies();
    expect(agencies).toHaveLength(19);
    expect(agencies[0]?.name).toBe('Aroostook Mental Health Center (AMHC) Sexual Assault Services');
  });

  it('lists resources by category and by page', async () => {
    const all = await content.listResources();
    expect(all.total).toBe(all.resources.length);
    expect(all.resources.every((resource) => RESOURCE_CATEGORIES.includes(resource.category))).toBe(true);
    const training = await content.listResources({ category: 'training' });
    expect(training.resources.map((resource) => resource.title).sort()).toEqual([
      'My Life My Choice curriculum',
      'Training and technical assistance',
    ]);
    const second = await content.listResources({ page: 2, pageSize: 5 });
    expect(second).toMatchObject({ page: 2, pageSize: 5, total: all.total });
    expect(second.resources[0]?.title).toBe(all.resources[5]?.title);
  });

  it('gets a page with its sections, and null for an unknown slug', async () => {
    const about = await content.getPage('about');
    expect(about?.title).toBe('About Maine STEN');
    expect(about?.body?.map((section) => section?.__typename)).toEqual([
      'ComponentSectionsRichText',
      'ComponentSectionsBulletedList',
      'ComponentSectionsPageLinks',
    ]);
    expect(await content.getPage('no-such-page')).toBeNull();
  });

  it('gets a form page with its form section and the editors\' texts', async () => {
    const contact = await content.getPage('contact');
    const form = contact?.body?.find((section) => section?.__typename === 'ComponentSectionsForm');
    expect(form).toMatchObject({ form: 'contact', submitLabel: 'Send message', confirmationHeading: 'Thank you, your message was sent' });
    expect(form?.__typename === 'ComponentSectionsForm' && form.fieldHelp?.map((help) => help?.field)).toEqual(['phone', 'message']);
  });

  it('lists the pages for the footer', async () => {
    const pages = await content.listPages();
    expect(pages.filter((page) => page.showInFooter).map((page) => page.slug)).toEqual(['contact', 'request-training', 'newsletter', 'partners']);
  });

  it('lists the pages for navigation', async () => {
    const pages = await content.listPages();
    expect(pages.filter((page) => page.showInNavigation).map((page) => page.slug)).toEqual([
      'get-help',
      'about',
      'philosophy',
      'provider-council',
      'faq',
      'resources',
    ]);
  });

  it('fills hotline tokens in CMS text from the settings', async () => {
    const { hotline } = await content.getSiteSettings();
    expect(fillHotlineTokens(hotline.notice ?? '', hotline)).toBe(
      'Maine STEN is not a direct service provider. For access to immediate services in Maine call the National Human Trafficking Hotline: 1-888-373-7888.',
    );
  });
});

describe('failures', () => {
  it('says the CMS is unavailable when nothing answers', async () => {
    const offline = createContentClient({ url: 'http://127.0.0.1:9', timeoutMs: 2000 });
    await expect(offline.listFaqs()).rejects.toBeInstanceOf(ContentUnavailableError);
  });

  it('says the query was refused for a bad token', async () => {
    const badToken = createContentClient({ url, token: 'not-a-token' });
    const error = await badToken.listFaqs().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentQueryError);
    expect((error as ContentQueryError).status).toBe(401);
  });
});

describe('lists longer than one read', () => {
  it('reads every agency and question a hundred at a time (the CMS answers at most 100 a query)', async () => {
    const starts: number[] = [];
    // A CMS with 230 agencies, as the GraphQL endpoint pages them (start, limit 100).
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const { variables } = JSON.parse(String(init?.body)) as { variables: { start: number } };
      starts.push(variables.start);
      const count = Math.max(0, Math.min(100, 230 - variables.start));
      const councilAgencies = Array.from({ length: count }, (_, i) => ({ documentId: `a${variables.start + i}`, name: `Agency ${variables.start + i}` }));
      return new Response(JSON.stringify({ data: { councilAgencies } }), { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const agencies = await createContentClient({ url: 'http://cms.invalid', fetch }).listCouncilAgencies();
    expect(starts).toEqual([0, 100, 200]);
    expect(agencies.map((agency) => agency.documentId)).toEqual(Array.from({ length: 230 }, (_, i) => `a${i}`));
  });
});

describe('createContentClient with a locale', () => {
  it.each([
    ['es', 'Ayuda inmediata', 'Preguntas frecuentes', 'Línea Nacional contra la Trata de Personas'],
    ['fr', 'Obtenir de l’aide maintenant', 'Questions fréquentes', 'Ligne nationale contre la traite des êtres humains'],
  ])('reads the %s pages, and the settings with the shared numbers', async (locale, helpTitle, faqTitle, hotlineLabel) => {
    const translated = createContentClient({ url, locale });
    expect((await translated.getPage('get-help'))?.title).toBe(helpTitle);
    const pages = await translated.listPages();
    expect(pages.find((page) => page.slug === 'faq')?.title).toBe(faqTitle);
    expect(pages.map((page) => page.slug)).toEqual((await content.listPages()).map((page) => page.slug));
    // Every FAQ in that language too, the same entries as in English.
    const ids = (faqs: { documentId: string }[]) => faqs.map((faq) => faq.documentId);
    expect(ids(await translated.listFaqs())).toEqual(ids(await content.listFaqs()));
    const { hotline } = await translated.getSiteSettings();
    expect(hotline).toMatchObject({ label: hotlineLabel, phone: '1-888-373-7888', sms: '233733', tty: '711' });
    expect(fillHotlineTokens(hotline.notice ?? '', hotline)).toContain('1-888-373-7888');
  });

  it('reads English by default and when asked', async () => {
    const english = createContentClient({ url, locale: 'en' });
    expect((await english.getPage('get-help'))?.title).toBe('Get help now');
    expect((await content.getPage('get-help'))?.title).toBe('Get help now');
  });
});
