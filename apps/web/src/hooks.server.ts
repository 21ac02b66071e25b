import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { cmsPublicOrigin } from '$lib/server/cms-url';
import { logFailedRequest } from '$lib/server/log';
import { isPreviewCookie, PREVIEW_COOKIE } from '$lib/server/preview';

/** Pages are a few KB of HTML: compress them here (static files are precompressed at build). */
async function compressed(response: Response, acceptEncoding: string): Promise<Response> {
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding || !response.body || response.headers.has('content-encoding')) return response;
  const raw = Buffer.from(await response.arrayBuffer());
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(raw, { level: 6 });
  const headers = new Headers(response.headers);
  headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.length));
  headers.append('vary', 'accept-encoding');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

// Headers for every response. HTML is never stored by the browser (a visitor's device may be
// checked by someone else); the server keeps its own short content cache, so this stays fast.
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.preview = isPreviewCookie(event.cookies.get(PREVIEW_COOKIE));
  const response = await resolve(event);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'no-referrer');
  // Strapi's "Open preview" shows the site inside the admin: only preview responses may be framed,
  // and only by the CMS. Everything else keeps svelte.config.js's CSP (frame-ancestors 'none').
  if (event.locals.preview || event.url.pathname.startsWith('/api/preview')) {
    const csp = response.headers.get('content-security-policy') ?? "frame-ancestors 'none'";
    response.headers.set(
      'content-security-policy',
      csp.replace(/frame-ancestors [^;]*/, `frame-ancestors 'self' ${cmsPublicOrigin()}`),
    );
  } else {
    response.headers.set('x-frame-options', 'DENY');
  }
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  response.headers.set('cache-control', 'no-store');
  return compressed(response, event.request.headers.get('accept-encoding') ?? '');
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  logFailedRequest({ status, method: event.request.method, path: event.url.pathname, error });
  return { message: status === 404 ? 'Not found' : 'Something went wrong' };
};
