// The English beside a translation: each text of an entry's English draft (as the translators'
// units name and label it), and what the English said when this language version was last saved
// (kept in its `translatedFrom` on every save), so a translator sees what changed since.
import type { Core } from '@strapi/strapi';
import { deepPopulate } from '../../utils/populate';
import { SOURCE_LOCALE } from '../status';
import { plainText, unitsOf } from '../xliff';
import { trackedTypes, type Entry, type TrackedType } from './entries';
import { componentAttributesOf } from '../../utils/populate';

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

export interface SourceText {
  id: string;
  label: string;
  english: string;
  /** What the English said when the translation was last saved; null when nothing was kept. */
  before: string | null;
  changed: boolean;
}

/** The tracked type of a uid, or undefined. */
export const trackedType = (strapi: Core.Strapi, uid: string): TrackedType | undefined => trackedTypes(strapi).find((type) => type.uid === uid);

/** The English draft's texts by unit id, with their labels. */
export async function englishTexts(strapi: Core.Strapi, type: TrackedType, documentId: string): Promise<{ id: string; label: string; text: string }[]> {
  const componentAttributes = componentAttributesOf(strapi);
  const source = (await strapi.documents(type.uid as DocumentsUid).findOne({
    documentId,
    locale: SOURCE_LOCALE,
    status: 'draft',
    populate: deepPopulate(type.attributes, componentAttributes) as never,
  })) as unknown as Entry | null;
  if (!source) return [];
  return unitsOf({ model: type.model, documentId, attributes: type.attributes, componentAttributes, source }).map((unit) => ({
    id: unit.id,
    label: unit.note,
    text: plainText(unit.source),
  }));
}

/** What a language version's `translatedFrom` keeps: the English's texts by unit id. */
export const snapshotOf = (texts: { id: string; text: string }[]): Record<string, string> => Object.fromEntries(texts.map(({ id, text }) => [id, text]));

export async function sourceBeside(strapi: Core.Strapi, type: TrackedType, documentId: string, locale: string): Promise<SourceText[]> {
  const [texts, version] = await Promise.all([
    englishTexts(strapi, type, documentId),
    strapi.db.query(type.uid as never).findOne({ where: { documentId, locale, publishedAt: null }, select: ['translatedFrom'] }) as Promise<{ translatedFrom?: Record<string, string> | null } | null>,
  ]);
  const kept = version?.translatedFrom ?? null;
  return texts.map(({ id, label, text }) => {
    const before = kept ? (kept[id] ?? '') : null;
    return { id, label, english: text, before, changed: before !== null && before !== text };
  });
}
