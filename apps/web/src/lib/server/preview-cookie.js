// @ts-check
// The draft-preview cookie: its value is an HMAC of PREVIEW_SECRET, so only the site can make one.
// preview.ts sets and reads it for SvelteKit; server.js checks it too, before the output cache, so
// a forged cookie cannot skip the cache (and send every request on to the CMS). Plain JavaScript
// so that server.js can import it as it is.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const PREVIEW_COOKIE = 'sten_preview';

/** @param {string} secret PREVIEW_SECRET */
export const previewCookieFor = (secret) => createHmac('sha256', secret).update('maine-sten-preview').digest('base64url');

/** Hashed first, so values of any length compare in constant time. @param {string} value */
const digest = (value) => createHash('sha256').update(value, 'utf8').digest();

/** A cookie's value as the browser sent it: quotes around it dropped, percent-escapes decoded. @param {string} raw */
function cookieValue(raw) {
  const value = raw.trim().replace(/^"(.*)"$/, '$1');
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Whether a Cookie header carries a preview cookie that verifies. Any of several does (browsers
 * send one per path), so a draft render is never answered from the cache; one that does not verify
 * counts as no cookie.
 * @param {string | undefined} header the request's Cookie header
 * @param {string | undefined} secret PREVIEW_SECRET; without it there is no preview
 */
export function carriesPreviewCookie(header, secret) {
  if (!secret || !header) return false;
  const expected = digest(previewCookieFor(secret));
  return header.split(';').some((pair) => {
    const equals = pair.indexOf('=');
    return equals > 0 && pair.slice(0, equals).trim() === PREVIEW_COOKIE && timingSafeEqual(digest(cookieValue(pair.slice(equals + 1))), expected);
  });
}
