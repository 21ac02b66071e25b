// A restore writes a kept version into the entry's draft, never straight to published: the editor
// sees it in the form, then publishes it, and that publish goes through every rule a publish has —
// the phone-number check, and for Site settings' numbers the two-person rule — so a restore cannot
// change what visitors see on one person's word.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../audit/actor';
import { audit } from '../audit/log';
import { contentTypeOf } from '../content-types';
import { attributesOf } from '../utils/populate';
import { contentFields, VERSION, type Version } from './versions';

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

export const findVersion = async (strapi: Core.Strapi, documentId: string): Promise<Version | null> =>
  (await strapi.db.query(VERSION).findOne({ where: { documentId } })) as Version | null;

export async function restoreVersion(strapi: Core.Strapi, documentId: string, actor: Actor): Promise<Version> {
  const version = await findVersion(strapi, documentId);
  if (!version || contentTypeOf(version.subject)?.access !== 'public') throw new errors.NotFoundError('No such version.');
  // A field the type no longer has is left out; one added since is left as the draft has it.
  const fields = contentFields(attributesOf(strapi, version.subject)).filter((name) => name in version.data);
  const data = Object.fromEntries(fields.map((name) => [name, version.data[name]]));
  const draft = await strapi.documents(version.subject as DocumentsUid).update({ documentId: version.entry, locale: version.language ?? undefined, data: data as never });
  if (!draft) throw new errors.NotFoundError('The entry of this version no longer exists.');
  await audit(strapi, {
    action: 'history.restore',
    subject: version.subject,
    entry: version.entry,
    language: version.language,
    actor,
    details: { version: version.documentId, publishedAt: version.createdAt, publishedBy: version.actor },
  });
  return version;
}
