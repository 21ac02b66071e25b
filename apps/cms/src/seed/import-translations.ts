// Imports the seeded page translations (translations.ts) once, with a marker of its own, so a CMS
// first started before translations existed gets them too. Only ever creates: a page that already
// has a version in that language (an editor's) is left as it is.
import type { Core } from '@strapi/strapi';
import { toSectionData } from './index';
import { pageTranslations, type TranslatedLocale } from './translations';

const MARKER_KEY = 'page-translations';

interface EnglishPage {
  documentId: string;
  slug: string;
  order: number;
  showInNavigation: boolean;
  showInFooter?: boolean | null;
}

export async function importPageTranslations(strapi: Core.Strapi): Promise<number> {
  const marker = strapi.store({ type: 'core', name: 'seed' });
  if (await marker.get({ key: MARKER_KEY })) return 0;

  const pages = strapi.documents('api::page.page');
  const english = (await pages.findMany({ locale: 'en', status: 'published', limit: 1000 })) as unknown as EnglishPage[];
  const idBySlug = new Map(english.map((page) => [page.slug, page.documentId]));
  let created = 0;
  await strapi.db.transaction(async () => {
    for (const [locale, translations] of Object.entries(pageTranslations) as [TranslatedLocale, typeof pageTranslations.es][]) {
      for (const page of english) {
        const translation = translations[page.slug];
        if (!translation) continue;
        if (await pages.findOne({ documentId: page.documentId, locale })) continue;
        // A new language version starts empty: the fields shared by all languages are copied.
        await pages.update({
          documentId: page.documentId,
          locale,
          status: 'published',
          data: {
            slug: page.slug,
            order: page.order,
            showInNavigation: page.showInNavigation,
            showInFooter: page.showInFooter ?? false,
            title: translation.title,
            summary: translation.summary,
            body: (translation.body ?? []).map((section) => toSectionData(section, idBySlug)),
          } as never,
        });
        created += 1;
      }
    }
  });
  await marker.set({ key: MARKER_KEY, value: { importedAt: new Date().toISOString() } });
  return created;
}
