// Each language version says whether it still says what the English says (translations/status.ts):
// seeded translations are unreviewed; an English change to the words marks the others outdated (a
// "minor change", or a change to no words, does not); an editor saving a language version makes it
// current; code that writes a translation says what it is.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});

const FAQ = 'api::faq.faq';
const faqs = () => cms.strapi.documents(FAQ);
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

async function faqBySlug(slug: string) {
  return (await faqs().findFirst({ filters: { slug }, locale: 'en' }))!;
}
/** Every row (draft and published) of a document's version in a language. */
const rows = (documentId: string, locale: string) =>
  cms.strapi.db.query(FAQ).findMany({ where: { documentId, locale }, select: ['translationStatus', 'publishedAt', 'updatedAt', 'minorChange'] }) as Promise<
    { translationStatus: string | null; publishedAt: string | null; updatedAt: string; minorChange: boolean | null }[]
  >;
const statusesIn = async (documentId: string, locale: string) => [...new Set((await rows(documentId, locale)).map((row) => row.translationStatus))];

/** As the signed-in editor of an admin request (the audit's actor). */
const asEditor = (work: () => Promise<unknown>) =>
  cms.strapi.requestContext.run({ state: { user: { id: 1, email: 'editor@example.test', roles: [{ code: 'strapi-editor' }] } } } as never, async () => {
    await work();
  });

describe('translation status', () => {
  it('is unreviewed for every seeded translation, and current in English', async () => {
    const faq = await faqBySlug('what-is-human-trafficking');
    expect(await statusesIn(faq.documentId, 'es')).toEqual(['unreviewed']);
    expect(await statusesIn(faq.documentId, 'fr')).toEqual(['unreviewed']);
    expect(await statusesIn(faq.documentId, 'en')).toEqual(['current']);
  });

  it('goes outdated in every other language, draft and published, when the English words change', async () => {
    const faq = await faqBySlug('do-we-need-more-laws');
    const before = (await rows(faq.documentId, 'es')).map((row) => row.updatedAt);
    await faqs().update({ documentId: faq.documentId, locale: 'en', status: 'published', data: { answer: paragraph('A new English answer.') } as never });
    expect(await statusesIn(faq.documentId, 'es')).toEqual(['outdated']);
    expect(await statusesIn(faq.documentId, 'fr')).toEqual(['outdated']);
    expect((await rows(faq.documentId, 'es')).map((row) => row.updatedAt)).not.toEqual(before);
    expect(await statusesIn(faq.documentId, 'en')).toEqual(['current']);
  });

  it('stays as it is for a minor change (which unticks itself) and for a change to no words', async () => {
    const faq = await faqBySlug('is-human-trafficking-happening-in-maine');
    await faqs().update({ documentId: faq.documentId, locale: 'en', data: { question: `${faq.question} `, minorChange: true } as never });
    expect(await statusesIn(faq.documentId, 'es')).toEqual(['unreviewed']);
    expect((await rows(faq.documentId, 'en')).map((row) => row.minorChange ?? false)).not.toContain(true);
    await faqs().update({ documentId: faq.documentId, locale: 'en', data: { order: 99 } as never });
    expect(await statusesIn(faq.documentId, 'fr')).toEqual(['unreviewed']);
  });

  it('is current once an editor saves the language version, whatever the form sent back', async () => {
    const faq = await faqBySlug('do-we-need-more-laws');
    await asEditor(() =>
      faqs().update({ documentId: faq.documentId, locale: 'es', status: 'published', data: { question: '¿Necesitamos más leyes?', translationStatus: 'outdated' } as never }),
    );
    expect(await statusesIn(faq.documentId, 'es')).toEqual(['current']);
    expect(await statusesIn(faq.documentId, 'fr')).toEqual(['outdated']);
  });

  it('is what code writing a translation says (an import), else current; never set on English', async () => {
    const faq = await faqBySlug('what-is-human-trafficking');
    await faqs().update({ documentId: faq.documentId, locale: 'fr', data: { translationStatus: 'unreviewed' } as never });
    expect((await faqs().findOne({ documentId: faq.documentId, locale: 'fr' }))?.translationStatus).toBe('unreviewed');
    await faqs().update({ documentId: faq.documentId, locale: 'fr', data: { question: 'Qu’est-ce que la traite ?' } as never });
    expect((await faqs().findOne({ documentId: faq.documentId, locale: 'fr' }))?.translationStatus).toBe('current');
    await faqs().update({ documentId: faq.documentId, locale: 'en', data: { translationStatus: 'unreviewed', minorChange: true } as never });
    expect((await faqs().findOne({ documentId: faq.documentId, locale: 'en' }))?.translationStatus).toBe('current');
  });
});
