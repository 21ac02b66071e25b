// Form posts are taken only from this site's own pages (a CSRF check, in place of SvelteKit's,
// which refuses with bare text and no hotline): the post's Origin must be the site's public origin
// (ORIGIN), or, where CSRF_ALLOW_HOST is on (`pnpm start`, which may be opened at localhost,
// 127.0.0.1 or the machine's address on the LAN), the address the page was opened at. Browsers set
// Origin themselves, so another site's page cannot pass for ours either way.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { settings } from './settings.js';

function sameSite(origin: string, event: RequestEvent): boolean {
  if (origin === event.url.origin) return true;
  const host = event.request.headers.get('host');
  return settings.CSRF_ALLOW_HOST && host !== null && origin === `${event.url.protocol}//${host}`;
}

/** Refuses (403, on the site's own error page) a post that did not come from this site. */
export function refuseCrossSite(event: RequestEvent): void {
  const origin = event.request.headers.get('origin');
  if (origin === null || !sameSite(origin, event)) error(403, m.crossSiteTitle());
}
