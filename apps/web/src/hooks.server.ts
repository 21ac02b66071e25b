import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { cmsPublicOrigin } from '$lib/server/cms-url';
import { addedLanguages, contentTtlSeconds, outputCache, startContent, warmUp } from '$lib/server/content';
import { logFailedRequest } from '$lib/server/log';
import { localeFromPath, textDirection } from '$lib/i18n';
import { metrics, ROUTE } from '$lib/server/metrics.js';
// Evaluated here, at the server's start: its context is outside every request (see the module).
import '$lib/server/outside-requests';
import { EMBED_ROUTE } from '$lib/server/embed';
import { FEED_CONTENT_TYPES } from '$lib/server/feed';
import { encodingFor } from '$lib/server/output-cache.js';
import { isPreviewCookie, PREVIEW_COOKIE } from '$lib/server/preview';
import { withLocale } from '$lib/server/request-locale';
import { sharedStore } from '$lib/server/shared-store';

export const init: ServerInit = async () => {
  void addedLanguages.refresh(); // the languages added in the CMS, in the background
  // The snapshot into the cache, then the change poll and the Redis listener (content/change-arrivals.ts).
  const restored = startContent();
  if (restored > 0) console.log(`[content] restored ${restored} entries from the snapshot`);
  sharedStore(); // connects to Redis (when REDIS_URL is set) for the shared limits, in the background
  warmUp().catch(() => {}); // every published page into the cache and the snapshot, in the background
};

/** Pages are a few KB of HTML: compress them here (static files are precompressed at build). */
function compress(raw: Buffer, encoding: 'br' | 'gzip' | 'identity'): Buffer {
  if (encoding === 'br') return brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  if (encoding === 'gzip') return gzipSync(raw, { level: 6 });
  return raw;
}

/**
 * Published pages, as anyone gets them: worth keeping rendered (never drafts, never with cookies).
 * A former address's permanent redirect is kept too: it changes only with the pages.
 */
const cacheable = (event: RequestEvent, response: Response) =>
  event.request.method === 'GET' &&
  // A redirect's address carries the query, which the output cache's key mostly leaves out.
  (response.status === 200 || (response.status === 301 && event.url.search === '')) &&
  !event.locals.preview &&
  !event.locals.noSharedCache &&
  !response.headers.has('set-cookie') &&
  !event.url.pathname.startsWith('/api/');

/**
 * `?/default` names the default action, which SvelteKit refuses with a 500 ("reserved action
 * name"): it is the same post as without it, and is taken as such.
 */
function withoutReservedActionName(event: RequestEvent): void {
  if (!event.url.searchParams.has('/default')) return;
  const url = new URL(event.request.url);
  url.searchParams.delete('/default');
  event.url.searchParams.delete('/default');
  const { method, headers, body } = event.request;
  event.request = new Request(url, { method, headers, body, duplex: 'half' } as RequestInit);
}

// Headers for every response. HTML is never stored by the browser (a visitor's device may be
// checked by someone else); shared caches (a CDN) may keep published pages briefly, and the server
// keeps them rendered in its output cache, so this stays fast.
export const handle: Handle = async ({ event, resolve }) => {
  withoutReservedActionName(event);
  const rendering = outputCache.mark(); // a change notice during the render keeps this page out of the cache
  const route = event.route.id ?? 'unmatched';
  // For server.js's request count (adapter-node hands its request over as `platform.req`).
  const rawRequest = (event.platform as { req?: Record<symbol, unknown> } | undefined)?.req;
  if (rawRequest) rawRequest[ROUTE] = route;
  event.locals.preview = isPreviewCookie(event.cookies.get(PREVIEW_COOKIE));
  event.locals.cacheTags = new Set();
  event.locals.noSharedCache = false;
  // The language is the path's prefix (none: English); the interface text and <html lang dir>
  // follow it. Accept-Language is never used: a shared device may belong to someone else.
  addedLanguages.refreshIfDue();
  const locale = localeFromPath(event.url.pathname).locale;
  event.locals.locale = locale;
  const response = await withLocale(locale, () =>
    resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%dir%', textDirection(locale)),
    }),
  );
  response.headers.set('x-content-type-options', 'nosniff');
  // Nothing about this site goes to other sites. Same-origin requests keep their Origin, which
  // SvelteKit's CSRF check needs for form posts (with no-referrer, browsers send "Origin: null").
  response.headers.set('referrer-policy', 'same-origin');
  // Strapi's "Open preview" shows the site inside the admin: only preview responses may be framed,
  // and only by the CMS. Everything else keeps svelte.config.js's CSP (frame-ancestors 'none').
  if (event.locals.preview || event.url.pathname.startsWith('/api/preview')) {
    const csp = response.headers.get('content-security-policy') ?? "frame-ancestors 'none'";
    response.headers.set(
      'content-security-policy',
      csp.replace(/frame-ancestors [^;]*/, `frame-ancestors 'self' ${cmsPublicOrigin()}`),
    );
  } else if (route !== EMBED_ROUTE) {
    // The hotline card is made to be framed by partners' sites (its own CSP says frame-ancestors *).
    response.headers.set('x-frame-options', 'DENY');
  }
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  const type = response.headers.get('content-type') ?? '';
  const isHtml = type.startsWith('text/html');
  // Pages and the feeds are kept rendered; anything else (the sitemap, files) is not.
  const isRedirect = response.status === 301;
  if (!isHtml && !isRedirect && !FEED_CONTENT_TYPES.some((feedType) => type.startsWith(feedType))) return response;

  // A browser keeps a 301 for good: a redirect is asked for again, so a page that takes the address back wins.
  if (isHtml || isRedirect) response.headers.set('cache-control', 'no-store');
  const tags = [...event.locals.cacheTags];
  const shared = cacheable(event, response) && tags.length > 0;
  if (shared) {
    // RFC 9213: a CDN may keep the page briefly and serve it stale while it refreshes or errs;
    // Cache-Tag / Surrogate-Key name what it shows, so a purge by tag can follow a publish.
    const ttl = contentTtlSeconds;
    response.headers.set('cdn-cache-control', `max-age=${ttl}, stale-while-revalidate=${ttl * 2}, stale-if-error=86400`);
    response.headers.set('cache-tag', tags.join(','));
    response.headers.set('surrogate-key', tags.join(' '));
  } else {
    response.headers.set('cdn-cache-control', 'no-store');
  }

  // Sent as Accept-Encoding asks: a shared cache keeps one copy per encoding, and a HEAD or a 304
  // (no body here) must say so as the full answer does.
  response.headers.append('vary', 'accept-encoding');
  if (!(response.body || (isRedirect && shared)) || response.headers.has('content-encoding')) return response;
  const encoding = encodingFor(event.request.headers.get('accept-encoding'));
  const body = response.body ? compress(Buffer.from(await response.arrayBuffer()), encoding) : Buffer.alloc(0);
  const headers = new Headers(response.headers);
  if (encoding !== 'identity' && response.body) headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.length));
  if (shared) {
    metrics().outputCache.inc({ result: 'miss' });
    outputCache.set(event.url.pathname + event.url.search, encoding, {
      status: response.status,
      headers: Object.fromEntries(headers),
      body,
      tags,
      route,
    }, rendering);
  }
  return new Response(new Uint8Array(body), { status: response.status, statusText: response.statusText, headers });
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  logFailedRequest({ status, method: event.request.method, path: event.url.pathname, error });
  return { message: status === 404 ? 'Not found' : 'Something went wrong' };
};
