// The entries a translators' round trip reads and writes: every tracked type's English drafts (the
// newest words) and their versions in a language, populated deep enough to rebuild a version from
// the English structure (components, dynamic zones, and the documentIds of what they link to).
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type ContentModel } from '../../content-types';
import type { Attributes } from '../../phone-check';
import { componentAttributesOf, deepPopulate } from '../../utils/populate';
import { unitsOf } from '../xliff';
import { SOURCE_LOCALE, TRACKED_TYPES } from '../status';

export interface Entry {
  documentId: string;
  translationStatus?: string | null;
  [field: string]: unknown;
}

export interface TrackedType {
  model: ContentModel;
  uid: string;
  attributes: Attributes;
}

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

/** The tracked types in the registry's order, with their schema. */
export const trackedTypes = (strapi: Core.Strapi): TrackedType[] =>
  (Object.entries(CONTENT_TYPES) as [ContentModel, { uid: string }][])
    .filter(([, entry]) => TRACKED_TYPES.has(entry.uid))
    .map(([model, entry]) => ({ model, uid: entry.uid, attributes: strapi.contentTypes[entry.uid as keyof typeof strapi.contentTypes].attributes as Attributes }));


/** Every draft of a type in a language, by documentId. */
export async function draftsIn(strapi: Core.Strapi, type: TrackedType, locale: string): Promise<Map<string, Entry>> {
  const entries = (await strapi.documents(type.uid as DocumentsUid).findMany({
    locale,
    status: 'draft',
    limit: 10_000,
    populate: deepPopulate(type.attributes, componentAttributesOf(strapi), { links: true }) as never,
  })) as unknown as Entry[];
  return new Map(entries.map((entry) => [entry.documentId, entry]));
}

export const englishDrafts = (strapi: Core.Strapi, type: TrackedType) => draftsIn(strapi, type, SOURCE_LOCALE);

/**
 * The English drafts that have words to translate, by documentId: an entry without any (an agency
 * with no description) is never missing in a language, since the site shows it as it is.
 */
export async function withWords(strapi: Core.Strapi, type: TrackedType): Promise<Set<string>> {
  const componentAttributes = componentAttributesOf(strapi);
  const english = await englishDrafts(strapi, type);
  return new Set(
    [...english].filter(([documentId, source]) => unitsOf({ model: type.model, documentId, attributes: type.attributes, componentAttributes, source }).length > 0).map(([documentId]) => documentId),
  );
}
