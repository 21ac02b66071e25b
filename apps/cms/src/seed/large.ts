// Writes the large made-up content (large-content.ts) into the database of a CMS that is running:
// `pnpm seed:large` (apps/cms/scripts/seed-large.mjs) boots the CMS and calls it; nothing else
// does. Through the document service, as an editor's publish goes, so every check and record on
// writes (phone numbers, translation status, history, audit) sees it as real content. Run it again
// and it writes only what is missing: an entry is known by its slug (all start with `large-`), and
// each language version by its locale.
import type { Core, Modules, UID } from '@strapi/strapi';
import {
  LARGE_COUNTS,
  LARGE_PREFIX,
  LARGE_TRANSLATIONS,
  largeAgency,
  largeAgencyIn,
  largeFaq,
  largeFaqIn,
  largePage,
  largePageIn,
  largeResource,
  largeResourceIn,
  type LargeLocale,
} from './large-content';

type LargeType = 'api::council-agency.council-agency' | 'api::resource.resource' | 'api::faq.faq' | 'api::page.page';
type Input<T extends UID.ContentType> = Modules.Documents.Params.Data.Input<T>;

/** One type's large entries: `S`, what the generator makes, is held to what the type takes. */
interface Kind<T extends LargeType, S extends Input<T> & { slug: string }> {
  uid: T;
  count: number;
  make: (index: number) => S;
  /** The texts of one language version, over the English's fields (the shared ones are the English's). */
  translate: (locale: LargeLocale, english: S) => Partial<Input<T>>;
}

const kind = <T extends LargeType, S extends Input<T> & { slug: string }>(definition: Kind<T, S>) => definition as unknown as AnyKind;
type AnyKind = Kind<LargeType, Input<LargeType> & { slug: string }>;

const KINDS = [
  kind({ uid: 'api::council-agency.council-agency', count: LARGE_COUNTS.agencies, make: largeAgency, translate: largeAgencyIn }),
  kind({ uid: 'api::resource.resource', count: LARGE_COUNTS.resources, make: largeResource, translate: largeResourceIn }),
  kind({ uid: 'api::faq.faq', count: LARGE_COUNTS.faqs, make: largeFaq, translate: largeFaqIn }),
  kind({ uid: 'api::page.page', count: LARGE_COUNTS.pages, make: largePage, translate: largePageIn }),
];

export interface LargeSeedReport {
  /** Per type: English entries created, and language versions added (to new or existing entries). */
  [uid: string]: { created: number; translated: number };
}

/** Which language versions each large entry already has, published: slug → documentId and locales. */
async function existing(strapi: Core.Strapi, uid: LargeType): Promise<Map<string, { documentId: string; locales: Set<string> }>> {
  const rows = (await strapi.db.query(uid).findMany({
    where: { slug: { $startsWith: LARGE_PREFIX }, publishedAt: { $notNull: true } },
    select: ['documentId', 'slug', 'locale'],
  })) as { documentId: string; slug: string; locale: string }[];
  const bySlug = new Map<string, { documentId: string; locales: Set<string> }>();
  for (const { documentId, slug, locale } of rows) {
    const entry = bySlug.get(slug) ?? { documentId, locales: new Set<string>() };
    entry.locales.add(locale);
    bySlug.set(slug, entry);
  }
  return bySlug;
}

async function seedKind(strapi: Core.Strapi, { uid, count, make, translate }: AnyKind, progress: (message: string) => void) {
  const documents = strapi.documents(uid);
  const known = await existing(strapi, uid);
  const report = { created: 0, translated: 0 };
  for (let index = 0; index < count; index += 1) {
    const english = make(index);
    const found = known.get(english.slug);
    const missing = LARGE_TRANSLATIONS.filter((locale) => !found?.locales.has(locale));
    if (found?.locales.has('en') && missing.length === 0) continue;
    // One entry in all its languages at a time: a run stopped halfway leaves whole entries, and the next run finishes the rest.
    await strapi.db.transaction(async () => {
      let documentId = found?.documentId;
      if (!documentId || !found?.locales.has('en')) {
        const created = await documents.create({ locale: 'en', status: 'published', data: english } as never);
        documentId = (created as { documentId: string }).documentId;
        report.created += 1;
      }
      for (const locale of missing) {
        // Written here, not by a person: "unreviewed" until an editor saves it (translations/status.ts), as the seed's translations.
        const data = { ...english, ...translate(locale, english), translationStatus: 'unreviewed' };
        await documents.update({ documentId, locale, status: 'published', data } as never);
        report.translated += 1;
      }
    });
    if ((index + 1) % 50 === 0) progress(`${uid}: ${index + 1} of ${count}`);
  }
  return report;
}

export async function seedLargeContent(strapi: Core.Strapi, progress: (message: string) => void = () => {}): Promise<LargeSeedReport> {
  const report: LargeSeedReport = {};
  for (const definition of KINDS) report[definition.uid] = await seedKind(strapi, definition, progress);
  return report;
}
