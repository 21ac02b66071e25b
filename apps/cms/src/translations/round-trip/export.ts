// The file a translator gets: one XLIFF 2.0 document for a language with, for each entry that needs
// work (no version yet, outdated, unreviewed) or for every entry, its English words as sources and
// the language's words, where they still fit the English, as targets; and the site's interface
// messages (those the language lacks, or all of them) in a file of their own.
import type { Core } from '@strapi/strapi';
import { SOURCE_LOCALE } from '../status';
import { messageUnits, unitsOf, writeXliff, type Unit } from '../xliff';
import { siteMessages, translatedMessages } from './messages';
import { draftsIn, englishDrafts, trackedTypes } from './entries';
import { componentAttributesOf } from '../../utils/populate';

export const SCOPES = ['needed', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Exported {
  xliff: string;
  entries: number;
  units: number;
}

export async function exportTranslations(strapi: Core.Strapi, locale: string, scope: Scope): Promise<Exported> {
  const componentAttributes = componentAttributesOf(strapi);
  const units: Unit[] = [];
  let entries = 0;
  for (const type of trackedTypes(strapi)) {
    const [english, versions] = await Promise.all([englishDrafts(strapi, type), draftsIn(strapi, type, locale)]);
    for (const [documentId, source] of english) {
      const target = versions.get(documentId);
      if (scope === 'needed' && target?.translationStatus === 'current') continue;
      const entryUnits = unitsOf({ model: type.model, documentId, attributes: type.attributes, componentAttributes, source, target });
      if (entryUnits.length === 0) continue;
      units.push(...entryUnits);
      entries += 1;
    }
  }
  const translated = await translatedMessages(strapi, locale);
  const messages = messageUnits(siteMessages(strapi, SOURCE_LOCALE), translated).filter((unit) => scope === 'all' || unit.target === undefined);
  const files: Record<string, Unit[]> = messages.length > 0 ? { content: units, messages } : { content: units };
  return { xliff: writeXliff({ sourceLanguage: SOURCE_LOCALE, targetLanguage: locale, files }), entries, units: units.length + messages.length };
}
