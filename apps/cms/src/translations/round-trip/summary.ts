// What waits for translators, per language and type: how many English entries have a version that
// is current, outdated (the English changed since), unreviewed (seeded or imported, not yet checked
// by a person), or none at all (entries with no words to translate are not waiting for anyone).
// Read from the drafts: they hold the newest words.
import type { Core } from '@strapi/strapi';
import { SOURCE_LOCALE, TRANSLATION_STATUSES, type TranslationStatus } from '../status';
import { trackedTypes, withWords, type TrackedType } from './entries';

export type Counts = Record<TranslationStatus | 'missing', number> & { total: number };

export interface LanguageSummary {
  locale: string;
  name: string;
  types: ({ model: string } & Counts)[];
  totals: Counts;
}

const empty = (): Counts => ({ total: 0, current: 0, outdated: 0, unreviewed: 0, missing: 0 });

async function countsOf(strapi: Core.Strapi, type: TrackedType, locale: string): Promise<Counts> {
  const rows = (locale_: string) =>
    strapi.db.query(type.uid as never).findMany({ where: { locale: locale_, publishedAt: null }, select: ['documentId', 'translationStatus'] }) as Promise<
      { documentId: string; translationStatus: TranslationStatus | null }[]
    >;
  const [english, versions] = await Promise.all([rows(SOURCE_LOCALE), rows(locale)]);
  const statusOf = new Map(versions.map((version) => [version.documentId, version.translationStatus ?? 'current']));
  const untranslated = english.filter(({ documentId }) => !statusOf.has(documentId));
  const words = untranslated.length > 0 ? await withWords(strapi, type) : new Set<string>();
  const counts = empty();
  for (const { documentId } of english) {
    const status = statusOf.get(documentId) ?? (words.has(documentId) ? 'missing' : null);
    if (status === null) continue; // nothing to translate, and no version: not waiting for anyone
    counts.total += 1;
    counts[status] += 1;
  }
  return counts;
}

/** The languages other than English, as Strapi's settings list them. */
export async function targetLocales(strapi: Core.Strapi): Promise<{ code: string; name: string }[]> {
  const locales = (await strapi.plugin('i18n').service('locales').find()) as { code: string; name: string }[];
  return locales.filter((locale) => locale.code !== SOURCE_LOCALE).map(({ code, name }) => ({ code, name }));
}

export async function translationSummary(strapi: Core.Strapi): Promise<LanguageSummary[]> {
  const types = trackedTypes(strapi);
  return Promise.all(
    (await targetLocales(strapi)).map(async ({ code, name }) => {
      const perType = await Promise.all(types.map(async (type) => ({ model: type.model, ...(await countsOf(strapi, type, code)) })));
      const totals = empty();
      for (const counts of perType) for (const key of [...TRANSLATION_STATUSES, 'missing', 'total'] as const) totals[key] += counts[key];
      return { locale: code, name, types: perType, totals };
    }),
  );
}
