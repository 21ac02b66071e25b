// A documentId for rows the CMS writes itself through the query engine (which, unlike the document
// service, does not make one): 24 random lowercase letters and digits, as Strapi's own look, so the
// Content Manager lists and opens them like any entry.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const newDocumentId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
