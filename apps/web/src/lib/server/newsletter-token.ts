// The two pages an emailed newsletter link opens (/newsletter/confirm, /newsletter/unsubscribe):
// the link shows a page with one button; only pressing it (a POST) uses the token, so a mail
// scanner that opens links confirms or unsubscribes no one.
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { readForm } from './form-body';
import { limitFormPosts } from './form-rate-limit';
import { refuseCrossSite } from './same-origin';
import { SubmissionError, useNewsletterToken } from './content';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export const tokenFrom = (url: URL) => {
  const token = url.searchParams.get('token') ?? '';
  return TOKEN.test(token) ? token : null;
};

/** The action: 'done' when it worked, or a failure the page explains (an unknown or used link). */
export async function useToken(event: RequestEvent, action: 'confirm' | 'unsubscribe') {
  refuseCrossSite(event);
  await limitFormPosts(event);
  const token = (await readForm(event)).get('token');
  if (typeof token !== 'string' || !TOKEN.test(token)) return fail(400, { invalid: true });
  try {
    return (await useNewsletterToken(action, token)) ? { done: true } : fail(404, { invalid: true });
  } catch (failure) {
    if (failure instanceof SubmissionError) {
      console.error('[forms] %s', failure.message);
      error(503, m.errorTitle());
    }
    throw failure;
  }
}
