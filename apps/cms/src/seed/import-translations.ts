// Imports the seeded translations (translations.ts) once each, with markers of their own, so a CMS
// first started before translations existed gets them too. Only ever creates: an entry that already
// has a version in that language (an editor's) is left as it is.
import type { Core } from '@strapi/strapi';
import { toSectionData } from './index';
import { siteSetting } from './site-setting';
import { pageTranslations, settingsTranslations, type TranslatedLocale } from './translations';

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

const SETTINGS_MARKER_KEY = 'settings-translations';
const SITE_SETTINGS = 'api::site-setting.site-setting';

/**
 * The Spanish and French site settings (site name, hotline label and notice). Before languages, the
 * label and notice sat inside the hotline numbers: an English version left without them by that
 * move gets the seeded English texts back.
 */
interface EnglishSettings {
  documentId: string;
  hotlineLabel?: string | null;
  hotline: { phone: string; sms: string; tty: string; url?: string | null };
  quickExitUrl: string;
  donateUrl?: string | null;
  newsletterUrl?: string | null;
  contactEmail?: string | null;
  notificationEmail?: string | null;
}

export async function importSettingsTranslations(strapi: Core.Strapi): Promise<number> {
  const marker = strapi.store({ type: 'core', name: 'seed' });
  if (await marker.get({ key: SETTINGS_MARKER_KEY })) return 0;

  const settings = strapi.documents(SITE_SETTINGS);
  const english = (await settings.findFirst({ locale: 'en', status: 'published', populate: ['hotline'] })) as unknown as EnglishSettings | null;
  if (!english) return 0;
  // A new language version starts empty: the fields shared by all languages are copied.
  const { phone, sms, tty, url } = english.hotline;
  const shared = {
    hotline: { phone, sms, tty, url },
    quickExitUrl: english.quickExitUrl,
    donateUrl: english.donateUrl,
    newsletterUrl: english.newsletterUrl,
    contactEmail: english.contactEmail,
    notificationEmail: english.notificationEmail,
  };
  let created = 0;
  await strapi.db.transaction(async () => {
    if (!english.hotlineLabel) {
      const { hotlineLabel, hotlineNotice } = siteSetting;
      await settings.update({ documentId: english.documentId, locale: 'en', status: 'published', data: { hotlineLabel, hotlineNotice } });
    }
    for (const [locale, texts] of Object.entries(settingsTranslations) as [TranslatedLocale, typeof settingsTranslations.es][]) {
      if (await settings.findOne({ documentId: english.documentId, locale })) continue;
      await settings.update({ documentId: english.documentId, locale, status: 'published', data: { ...shared, ...texts } as never });
      created += 1;
    }
  });
  await marker.set({ key: SETTINGS_MARKER_KEY, value: { importedAt: new Date().toISOString() } });
  return created;
}
