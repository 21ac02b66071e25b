// What the media library accepts and how uploaded files are served. Uploads are served from the
// site's own origin, so a file that a browser would run (HTML, SVG with script, XML) could act as
// the site: only the types the site needs are accepted, and every file is served with a CSP that
// runs nothing, nosniff, and as a download unless it is an image.

/** Pictures for pages, PDFs and office documents for resources. */
export const ALLOWED_UPLOAD_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
  'application/pdf',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.*',
  'application/vnd.oasis.opendocument.*',
];

/** Refused even if someone widens the list above: types a browser renders as active content. */
export const DENIED_UPLOAD_TYPES = [
  'image/svg+xml',
  'text/html',
  'application/xhtml+xml',
  'application/xml',
  'text/xml',
  'application/javascript',
  'text/javascript',
];

/** Images shown inline by the site; anything else is sent as an attachment. */
const INLINE = /\.(jpe?g|png|gif|webp|avif)$/i;

export function uploadHeaders(path: string): Record<string, string> {
  return {
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    ...(INLINE.test(path) ? {} : { 'Content-Disposition': 'attachment' }),
  };
}
