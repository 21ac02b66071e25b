// A version of an entry is what one language of it said when it was published: its fields as the
// document service takes them back (utils/writable.ts), so a restore writes them as they are, and
// which fields differ from the version before. Kept by document-middlewares/keep-versions.ts, in
// api::content-version, written through the query engine only (audit/guard.ts refuses the rest).
import type { Core } from '@strapi/strapi';
import { isDeepStrictEqual } from 'node:util';
import type { Actor } from '../audit/actor';
import type { Attributes } from '../phone-check';
import * as clock from '../utils/clock';
import { newDocumentId } from '../utils/document-id';
import { attributesOf, componentAttributesOf, deepPopulate } from '../utils/populate';
import { writable } from '../utils/writable';
import { versionsToDrop } from './prune';

export const VERSION = 'api::content-version.content-version' as const;

/** Bookkeeping, not content: where a translation stands and an entry's former addresses are kept by their own rules. */
const NOT_CONTENT = new Set(['translationStatus', 'minorChange', 'translatedFrom', 'formerSlugs']);

export interface Version {
  id: number;
  documentId: string;
  subject: string;
  entry: string;
  language: string | null;
  actor: string;
  changed: string[] | null;
  data: Record<string, unknown>;
  createdAt: string;
}

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

/** What Strapi keeps about every entry: not what an editor wrote. */
const SYSTEM = new Set(['documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/** The fields of a type a version holds, in the schema's order. */
export const contentFields = (attributes: Attributes): string[] => Object.keys(attributes).filter((name) => !SYSTEM.has(name) && !NOT_CONTENT.has(name));

/** The published `locale` of an entry, as a version holds it; null when it is not published. */
export async function publishedContent(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<Record<string, unknown> | null> {
  const attributes = attributesOf(strapi, uid);
  const entry = (await strapi.documents(uid as DocumentsUid).findOne({
    documentId,
    locale: locale ?? undefined,
    status: 'published',
    populate: deepPopulate(attributes, componentAttributesOf(strapi), { links: true }) as never,
  })) as Record<string, unknown> | null;
  if (!entry) return null;
  const fields = Object.fromEntries(contentFields(attributes).map((name) => [name, entry[name] ?? null]));
  return writable(fields, attributes, componentAttributesOf(strapi)) as Record<string, unknown>;
}

/** The fields whose values differ between two versions' data (all of them when there is no earlier one). */
export const changedFields = (fields: string[], before: Record<string, unknown> | null, after: Record<string, unknown>): string[] =>
  fields.filter((name) => !before || !isDeepStrictEqual(before[name] ?? null, after[name] ?? null));

/** The versions of an entry's language, newest first, without their content (the History list). */
export const versionsOf = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<Omit<Version, 'data'>[]> =>
  (await strapi.db.query(VERSION).findMany({
    where: { subject: uid, entry: documentId, language: locale },
    select: ['id', 'documentId', 'subject', 'entry', 'language', 'actor', 'changed', 'createdAt'],
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  })) as Omit<Version, 'data'>[];

/**
 * Keeps what was just published in `locale`, unless it is what the newest version already says (a
 * publish of every language after one changed, the hotline's second person); then drops what is
 * past keeping (prune.ts). Returns the new version, or null.
 */
export async function keepVersion(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null, actor: Actor): Promise<Version | null> {
  const data = await publishedContent(strapi, uid, documentId, locale);
  if (!data) return null;
  const versions = await versionsOf(strapi, uid, documentId, locale);
  // Only the newest version's content is read: the one this publish is compared with.
  const newest = versions[0] ? ((await strapi.db.query(VERSION).findOne({ where: { id: versions[0].id }, select: ['data'] })) as Pick<Version, 'data'>) : null;
  const changed = changedFields(contentFields(attributesOf(strapi, uid)), newest?.data ?? null, data);
  if (newest && changed.length === 0) return null;
  const version = (await strapi.db.query(VERSION).create({
    data: { documentId: newDocumentId(), subject: uid, entry: documentId, language: locale, actor: actor.label, changed, data, createdAt: clock.now() },
  })) as Version;
  const drop = versionsToDrop([version, ...versions], clock.nowMs());
  if (drop.length > 0) await strapi.db.query(VERSION).deleteMany({ where: { id: { $in: drop } } });
  return version;
}
