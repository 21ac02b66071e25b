// An unknown number an editor has said is right: per entry (every language of it), by its
// national digits, with who said so and when. An editor's Publish of a number nobody confirmed is
// refused until they do (document-middlewares/check-phone-numbers.ts), from the numbers panel
// beside the edit view. Kept in Strapi's store: small, and read only when an entry has unknown numbers.
import type { Core } from '@strapi/strapi';
import { nationalDigits } from './find';

export interface Confirmation {
  by: string;
  at: string;
}

type Confirmed = Record<string, Confirmation>;

const store = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'phone-numbers' });
const keyOf = (uid: string, documentId: string) => `confirmed:${uid}:${documentId}`;

/** The entry's confirmed numbers, by national digits. */
export const confirmedNumbers = async (strapi: Core.Strapi, uid: string, documentId: string | undefined): Promise<Confirmed> =>
  documentId ? (((await store(strapi).get({ key: keyOf(uid, documentId) })) as Confirmed | null) ?? {}) : {};

export async function confirmNumber(strapi: Core.Strapi, uid: string, documentId: string, number: string, by: string): Promise<Confirmation> {
  const confirmed = await confirmedNumbers(strapi, uid, documentId);
  const confirmation = { by, at: new Date().toISOString() };
  await store(strapi).set({ key: keyOf(uid, documentId), value: { ...confirmed, [nationalDigits(number)]: confirmation } });
  return confirmation;
}
