// Whether each language version of an entry says what the English says now. Kept by the CMS, never
// typed: saving an English entry whose words changed marks its other languages `outdated` (unless
// the editor ticked "Minor change": a typo, punctuation); an editor saving a language version marks
// it `current`; the seed and imports write `unreviewed` (not yet checked by a person).
import type { Core } from '@strapi/strapi';
import { textPopulate } from '../document-middlewares/check-phone-numbers';
import type { Attributes } from '../phone-check';

export const TRANSLATION_STATUSES = ['current', 'outdated', 'unreviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const SOURCE_LOCALE = 'en';

/** The types whose language versions are tracked: the ones with words visitors read. */
export const TRACKED_TYPES = new Set([
  'api::page.page',
  'api::faq.faq',
  'api::guiding-principle.guiding-principle',
  'api::resource.resource',
  'api::council-agency.council-agency',
]);

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];
type LocalizedAttribute = Attributes[string] & { pluginOptions?: { i18n?: { localized?: boolean } } };

/** Keys that are bookkeeping, not words: a save that only changes them changes nothing a translator must redo. */
const NOT_WORDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'translationStatus', 'minorChange', 'translatedFrom']);

function words(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(words);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !NOT_WORDS.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, words(inner)]),
    );
  }
  return value;
}

/** The English draft's localized fields, as one comparable text (null: no English draft). */
export async function sourceWords(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const attributes = strapi.contentTypes[uid as keyof typeof strapi.contentTypes].attributes as Record<string, LocalizedAttribute>;
  const localized = Object.keys(attributes).filter((name) => attributes[name]?.pluginOptions?.i18n?.localized === true && !NOT_WORDS.has(name));
  const entry = (await strapi.documents(uid as DocumentsUid).findOne({
    documentId,
    locale: SOURCE_LOCALE,
    status: 'draft',
    populate: textPopulate(strapi, attributes as Attributes) as never,
  })) as Record<string, unknown> | null;
  if (!entry) return null;
  return JSON.stringify(localized.map((name) => [name, words(entry[name] ?? null)]));
}

/**
 * Marks every other language version (draft and published) outdated. updatedAt moves too, so the
 * site's check for changes (api/content-change) sees it even if the English change's notice came first.
 */
export async function markTranslationsOutdated(strapi: Core.Strapi, uid: string, documentId: string): Promise<number> {
  const result = (await strapi.db.query(uid as never).updateMany({
    where: { documentId, locale: { $ne: SOURCE_LOCALE } },
    data: { translationStatus: 'outdated', updatedAt: new Date() },
  })) as { count?: number };
  return result.count ?? 0;
}
