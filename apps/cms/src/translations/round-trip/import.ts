// A translator's file back: each entry's units rebuild its version in the file's language from
// the English structure, written as a draft (never published; an editor reviews and publishes).
// Refused, with a reason an administrator can act on: a file that is not XLIFF 2.0 or is for another
// language (nothing is read); a unit whose entry does not exist; an entry whose units are missing,
// whose markup, links or numbers (the hotline's above all) differ from the English, or whose text is
// over a field's limit. A refused entry is not written at all; the others are, each in one transaction.
// Interface messages are checked (a key of the site, the English's placeholders, the same numbers);
// for a language the site has a file for they are given back in the report for a developer to
// commit (they are the site's code there); for a language added in the settings they are kept in
// Strapi's store, which the site reads (round-trip/messages.ts).
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type ContentModel } from '../../content-types';
import { SOURCE_LOCALE, TRACKED_TYPES } from '../status';
import { applyUnits, plainText, readXliff, type InlineContent } from '../xliff';
import { hasMessageFile, messageRefusal, siteMessages, storeMessages } from './messages';
import { writable } from '../../utils/writable';
import { englishDrafts, trackedTypes, type Entry, type TrackedType } from './entries';
import { componentAttributesOf } from '../../utils/populate';
import { targetLocales } from './summary';

/** The unit ids of interface messages start with it (xliff/file.ts messageUnits). */
const MESSAGES = 'messages';

/** The whole file is refused: nothing was written. */
export class ImportRefused extends Error {}

export interface ImportReport {
  locale: string;
  /** Entries written as drafts, and the units they took. */
  entries: number;
  units: number;
  refused: { id: string; reason: string }[];
  /** The interface messages the file translated, checked: for a developer to commit to the site's messages, or kept (`messagesStored`). */
  messages: Record<string, string>;
  /** True when the messages were kept for the site to read (a language the site has no file for). */
  messagesStored: boolean;
}

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

export async function importTranslations(strapi: Core.Strapi, text: string, expectedLocale?: string): Promise<ImportReport> {
  const file = readXliff(text);
  if (file.sourceLanguage !== SOURCE_LOCALE) throw new ImportRefused(`The file's source language is "${file.sourceLanguage}"; it must be English ("${SOURCE_LOCALE}").`);
  const locale = file.targetLanguage;
  const known = await targetLocales(strapi);
  if (!known.some(({ code }) => code === locale)) {
    throw new ImportRefused(`The file is for "${locale}", which is not a language of this site (${known.map(({ code }) => code).join(', ')}). Add it in Settings → Internationalization first.`);
  }
  if (expectedLocale && expectedLocale !== locale) throw new ImportRefused(`The file is for "${locale}", not for "${expectedLocale}": choose that language, or the file meant for this one.`);

  const report: ImportReport = { locale, entries: 0, units: 0, refused: [], messages: {}, messagesStored: false };
  const byEntry = new Map<string, Map<string, InlineContent>>();
  const englishMessages = siteMessages(strapi, SOURCE_LOCALE);
  for (const [id, unit] of file.units) {
    const [model, documentId] = id.split('/');
    if (unit.target === undefined) continue; // not translated yet: nothing to write
    if (model === MESSAGES) {
      const key = id.slice(MESSAGES.length + 1);
      const text = plainText(unit.target);
      const refusal = messageRefusal(englishMessages, key, text);
      if (refusal) report.refused.push({ id, reason: refusal });
      else report.messages[key] = text;
      continue;
    }
    const key = `${model}/${documentId}`;
    if (!byEntry.has(key)) byEntry.set(key, new Map());
    byEntry.get(key)!.set(id, unit.target);
  }

  if (Object.keys(report.messages).length > 0 && !hasMessageFile(strapi, locale)) {
    await storeMessages(strapi, locale, report.messages);
    report.messagesStored = true;
  }

  const types = new Map(trackedTypes(strapi).map((type) => [type.model as string, type]));
  const englishByType = new Map<string, Map<string, Entry>>();
  const componentAttributes = componentAttributesOf(strapi);
  for (const [key, targets] of byEntry) {
    const [model = '', documentId = ''] = key.split('/');
    const type = types.get(model);
    if (!type || !TRACKED_TYPES.has(CONTENT_TYPES[model as ContentModel]?.uid ?? '')) {
      for (const id of targets.keys()) report.refused.push({ id, reason: `no content type "${model}" is translated here` });
      continue;
    }
    if (!englishByType.has(model)) englishByType.set(model, await englishDrafts(strapi, type));
    const source = englishByType.get(model)!.get(documentId);
    if (!source) {
      for (const id of targets.keys()) report.refused.push({ id, reason: 'no such entry (it may have been deleted since the file was made)' });
      continue;
    }
    const { data, refused } = applyUnits({ model, documentId, attributes: type.attributes, componentAttributes, source, targets });
    if (refused.length > 0 || !data) {
      report.refused.push(...refused);
      continue;
    }
    try {
      await writeVersion(strapi, type, source, locale, writable(data, type.attributes, componentAttributes) as Record<string, unknown>);
      report.entries += 1;
      report.units += targets.size;
    } catch (error) {
      report.refused.push({ id: key, reason: `the CMS refused the entry: ${(error as Error).message}` });
    }
  }
  return report;
}

/** Writes the draft; a version that does not exist yet takes the English's slug (Strapi copies the other shared fields). */
async function writeVersion(strapi: Core.Strapi, type: TrackedType, source: Entry, locale: string, data: Record<string, unknown>) {
  const slug = type.attributes.slug && typeof source.slug === 'string' ? { slug: source.slug } : {};
  await strapi.db.transaction(() =>
    strapi.documents(type.uid as DocumentsUid).update({ documentId: source.documentId, locale, data: { ...slug, ...data } as never }),
  );
}
