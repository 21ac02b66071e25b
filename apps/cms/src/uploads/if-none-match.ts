// Whether a visitor's If-None-Match names a file's current version (RFC 9110 §13.1.2), decided here
// rather than by the bucket: S3 refuses some values a visitor can send (a list, a broken tag,
// non-ASCII), and the request failed with a 500. A value that is not a well-formed list of entity
// tags names nothing, so the file is sent: the visitor's cache just keeps what it has unused.

/** entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE; etagc = "!" / %x23-7E / obs-text */
const TAG = String.raw`(?:W/)?"[\x21\x23-\x7E\x80-\xFF]*"`;
const LIST = new RegExp(String.raw`^[ \t]*(?:\*|${TAG}(?:[ \t]*,[ \t]*${TAG})*)[ \t]*$`);
const TAGS = new RegExp(TAG, 'g');

/** Weak comparison, as If-None-Match uses: `W/"x"` and `"x"` are the same version. */
const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/** @param header the request's If-None-Match, if any @param etag the file's ETag, if it has one */
export function namesCurrentVersion(header: string | undefined, etag: string | undefined): boolean {
  if (!header || !etag || !LIST.test(header)) return false;
  if (header.trim() === '*') return true;
  const current = opaque(etag);
  return (header.match(TAGS) ?? []).some((tag) => opaque(tag) === current);
}
