// Text for XML documents (the sitemap, the Atom feed). XML 1.0 has no way to write some characters
// at all, not even as `&#1;`: C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and
// U+FFFF. Text pasted from a word processor can hold them, and one makes the whole document
// unreadable to a feed reader or a search engine, so they are dropped.
// eslint-disable-next-line no-control-regex -- these controls are what it finds
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** The text without the characters XML 1.0 cannot hold. */
export const xmlText = (text: string): string => text.replace(NOT_IN_XML, '');

/** The text for an XML element's content or attribute value. */
export const escapeXml = (text: string): string => xmlText(text).replace(/[<>&'"]/g, (c) => ENTITIES[c]!);
