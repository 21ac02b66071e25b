// Imports the seeded translations (translations/) once, with markers of their own, so a CMS first
// started before they existed gets them too. It only fills what is missing: a language version
// that does not exist yet is created; a page whose version has an empty body (the first seed gave
// only titles) gets its body. Anything an editor wrote is left as it is.
import type { Core, UID } from '@strapi/strapi';
import { toSectionData } from './index';
import { siteSetting } from './site-setting';
import type { TranslationStatus } from '../translations/status';
import { contentTranslations, type TranslatedLocale } from './translations';

const MARKER_KEY = 'content-translations';
const UNREVIEWED: TranslationStatus = 'unreviewed';
/** Field types copied as they are from the English version into a new language version. */
const COPIED_TYPES = new Set(['string', 'text', 'uid', 'integer', 'boolean', 'enumeration', 'biginteger', 'decimal', 'float', 'date', 'datetime']);

interface English {
  documentId: string;
  [field: string]: unknown;
}

type Translatable =
  | 'api::page.page'
  | 'api::faq.faq'
  | 'api::guiding-principle.guiding-principle'
  | 'api::resource.resource'
  | 'api::council-agency.council-agency';

/** The English entry's fields that every language shares (slug, order, group…): a new language version starts with them. */
function sharedFields(strapi: Core.Strapi, uid: UID.ContentType, english: English): Record<string, unknown> {
  const attributes = strapi.getModel(uid).attributes as Record<string, { type: string; pluginOptions?: { i18n?: { localized?: boolean } } }>;
  return Object.fromEntries(
    Object.entries(attributes)
      .filter(([name, attribute]) => COPIED_TYPES.has(attribute.type) && attribute.pluginOptions?.i18n?.localized !== true && name in english)
      .map(([name]) => [name, english[name]]),
  );
}

/** What each English entry becomes in a language, or null where the seed has no translation of it. */
type Translate = (english: English, locale: TranslatedLocale, idBySlug: Map<string, string>) => object | null;

const TRANSLATE: Record<Translatable, Translate> = {
  'api::page.page': (english, locale, idBySlug) => {
    const page = contentTranslations[locale].pages[english.slug as string];
    if (!page) return null;
    return { title: page.title, summary: page.summary, body: (page.body ?? []).map((section) => toSectionData(section, idBySlug)) };
  },
  'api::faq.faq': (english, locale) => contentTranslations[locale].faqs[english.slug as string] ?? null,
  'api::guiding-principle.guiding-principle': (english, locale) => {
    const statement = contentTranslations[locale].principles[english.group as keyof typeof contentTranslations.es.principles]?.[(english.order as number) - 1];
    return statement ? { statement } : null;
  },
  'api::resource.resource': (english, locale) => contentTranslations[locale].resources[english.slug as string] ?? null,
  // An agency's name stays in its own language, and the seed gives no description: its version in
  // each language is its shared fields, for editors to add a description to.
  'api::council-agency.council-agency': () => ({}),
};

/** Creates the missing language versions of one type; fills empty page bodies. Returns how many it wrote. */
async function importType(strapi: Core.Strapi, uid: Translatable, idBySlug: Map<string, string>): Promise<number> {
  const documents = strapi.documents(uid);
  const english = (await documents.findMany({ locale: 'en', status: 'published', limit: 1000 })) as unknown as English[];
  let written = 0;
  for (const entry of english) {
    for (const locale of Object.keys(contentTranslations) as TranslatedLocale[]) {
      const data = TRANSLATE[uid](entry, locale, idBySlug);
      if (!data) continue;
      const populate = (uid === 'api::page.page' ? ['body'] : []) as never;
      const existing = (await documents.findOne({ documentId: entry.documentId, locale, populate })) as unknown as
        | { body?: unknown[] | null }
        | null;
      if (existing && !(uid === 'api::page.page' && (existing.body ?? []).length === 0)) continue;
      // Written here, not by a person: marked so until an editor saves it (translations/status.ts).
      const mark = { translationStatus: UNREVIEWED };
      const fields = existing ? { body: (data as { body?: unknown }).body, ...mark } : { ...sharedFields(strapi, uid, entry), ...data, ...mark };
      await documents.update({ documentId: entry.documentId, locale, status: 'published', data: fields as never });
      written += 1;
    }
  }
  return written;
}

export async function importContentTranslations(strapi: Core.Strapi): Promise<number> {
  const marker = strapi.store({ type: 'core', name: 'seed' });
  if (await marker.get({ key: MARKER_KEY })) return 0;
  const pages = (await strapi.documents('api::page.page').findMany({ locale: 'en', status: 'published', fields: ['slug'], limit: 1000 })) as unknown as English[];
  const idBySlug = new Map(pages.map((page) => [page.slug as string, page.documentId]));
  let written = 0;
  await strapi.db.transaction(async () => {
    for (const uid of Object.keys(TRANSLATE) as Translatable[]) written += await importType(strapi, uid, idBySlug);
  });
  await marker.set({ key: MARKER_KEY, value: { importedAt: new Date().toISOString() } });
  return written;
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
    for (const [locale, { settings: texts }] of Object.entries(contentTranslations) as [TranslatedLocale, (typeof contentTranslations)['es']][]) {
      if (await settings.findOne({ documentId: english.documentId, locale })) continue;
      await settings.update({ documentId: english.documentId, locale, status: 'published', data: { ...shared, ...texts } as never });
      created += 1;
    }
  });
  await marker.set({ key: SETTINGS_MARKER_KEY, value: { importedAt: new Date().toISOString() } });
  return created;
}
