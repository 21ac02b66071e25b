// The numbers of the entry being edited, for the panel beside its edit view: each phone-like string
// of its draft that is not the hotline nor an agency's own, a near miss of the hotline first (its
// publish is refused), so an editor checks each one before publishing.
import type { Core } from '@strapi/strapi';
import { checkData, isChecked, textPopulate } from '../document-middlewares/check-phone-numbers';
import { nationalDigits, type Attributes, type PhoneFinding } from '../phone-check';
import { confirmedNumbers, type Confirmation } from '../phone-check/confirmations';

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

export interface EntryNumber extends PhoneFinding {
  /** Who said this unknown number is right, and when; an editor's publish waits for it. */
  confirmed?: Confirmation;
}

/** The findings of a draft, near misses first; null for a type whose text is not checked. */
export async function entryNumbers(strapi: Core.Strapi, uid: string, documentId: string, locale?: string): Promise<EntryNumber[] | null> {
  if (!isChecked(uid)) return null;
  const attributes = strapi.contentTypes[uid as keyof typeof strapi.contentTypes].attributes as Attributes;
  const draft = await strapi.documents(uid as DocumentsUid).findOne({ documentId, locale, status: 'draft', populate: textPopulate(strapi, attributes) as never });
  const findings = draft ? await checkData(strapi, uid, draft, documentId) : [];
  const confirmed = await confirmedNumbers(strapi, uid, documentId);
  return [...findings]
    .sort((a, b) => Number(b.kind === 'near-miss') - Number(a.kind === 'near-miss'))
    .map((finding) => {
      const confirmation = finding.kind === 'unknown' ? confirmed[nationalDigits(finding.number)] : undefined;
      return confirmation ? { ...finding, confirmed: confirmation } : finding;
    });
}
