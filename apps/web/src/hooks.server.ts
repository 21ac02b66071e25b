import type { Handle, HandleServerError } from '@sveltejs/kit';

// Headers for every response. HTML is never stored by the browser (a visitor's device may be
// checked by someone else); the server keeps its own short content cache, so this stays fast.
export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'no-referrer');
  response.headers.set('x-frame-options', 'DENY');
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    response.headers.set('cache-control', 'no-store');
  }
  return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`[web] ${event.request.method} ${event.url.pathname} failed:`, error);
  return { message: status === 404 ? 'Not found' : 'Something went wrong' };
};
