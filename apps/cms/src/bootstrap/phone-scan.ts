// What is already published is checked at start like a publish would be (document-middlewares/
// check-phone-numbers.ts): content published before the check existed, or written to the database
// directly, is reported in the log, one line per number, near misses of the hotline as warnings.
import type { Core } from '@strapi/strapi';
import { uidsWhere } from '../content-types';
import { checkData, isChecked, knownNumbers, textPopulate } from '../document-middlewares/check-phone-numbers';
import type { Attributes, PhoneFinding } from '../phone-check';

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

export interface ScanFinding extends PhoneFinding {
  uid: string;
  documentId: string;
  locale: string;
}

/** Every number in published public content that is neither the hotline nor an agency's own. */
export async function scanPublished(strapi: Core.Strapi): Promise<ScanFinding[]> {
  const findings: ScanFinding[] = [];
  const known = await knownNumbers(strapi);
  for (const uid of uidsWhere((entry) => entry.access === 'public').filter(isChecked)) {
    const attributes = strapi.contentTypes[uid as keyof typeof strapi.contentTypes].attributes as Attributes;
    const entries = (await strapi.documents(uid as DocumentsUid).findMany({ locale: '*', status: 'published', populate: textPopulate(strapi, attributes) })) as {
      documentId: string;
      locale?: string | null;
    }[];
    for (const entry of entries) {
      for (const finding of await checkData(strapi, uid, entry, entry.documentId, known)) {
        findings.push({ ...finding, uid, documentId: entry.documentId, locale: entry.locale ?? '' });
      }
    }
  }
  return findings;
}

export async function logPublishedPhoneNumbers(strapi: Core.Strapi): Promise<void> {
  for (const finding of await scanPublished(strapi)) {
    const where = `${finding.uid} ${finding.documentId} (${finding.locale}) ${finding.field}`;
    if (finding.kind === 'near-miss') {
      strapi.log.warn(`Phone numbers: ${where}: ${finding.number} looks like the hotline but is not it: the hotline is ${finding.hotline}`);
    } else {
      strapi.log.info(`Phone numbers: ${where}: ${finding.number} is neither the hotline nor an agency's number`);
    }
  }
}
