// A redirect target taken from a request must stay on this site. Browsers read `/\host`,
// `/<TAB>/host` and the like as another site, and a CR, LF or bidi control is no part of a path:
// anything but a plain path answers the home page instead.
const BASE = 'http://site.invalid';
const UNSAFE = /[\\\p{Cc}\p{Cf}\s]/u;

/** `to` as a path on this site (percent-encoded where needed), or '/'. */
export function localPath(to: string | null): string {
  if (!to || !to.startsWith('/') || to.startsWith('//') || UNSAFE.test(to)) return '/';
  const url = URL.canParse(to, BASE) ? new URL(to, BASE) : null;
  if (!url || url.origin !== BASE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
