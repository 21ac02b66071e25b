// The form action behind every page with a "Form" section: limits, bot traps, validation, then the
// CMS. A person always gets an answer: the errors with their values, or the confirmation page.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { FormFailure } from '$lib/forms/failure';
import { validate, valuesOf } from '$lib/forms/validate';
import { m } from '$lib/i18n';
import { sentHref } from '$lib/links';
import { contentOptions, formSectionOf, queueSubmission, storeSubmission, SubmissionError } from './content';
import { readForm } from './form-body';
import { checkStarted, claimStarted, releaseStarted, submissionKeyOf } from './form-timing';
import { limitFormPosts } from './form-rate-limit';
import { noteFormPost } from './metrics.js';
import { refuseCrossSite } from './same-origin';
import { getViewOr503 } from './page-load';

/** A refusal (an HttpError from error()) counted under `outcome` before it goes on. */
async function counted(form: string, outcome: string, check: () => void | Promise<void>) {
  try {
    await check();
  } catch (refusal) {
    noteFormPost(form, outcome);
    throw refusal;
  }
}

export async function submitForm(event: RequestEvent, slug: string) {
  // Refused before the form is known (nothing is read for them): counted as form "any".
  await counted('any', 'cross-site', () => refuseCrossSite(event));
  await counted('any', 'rate-limited', () => limitFormPosts(event));

  const view = await getViewOr503(slug, contentOptions(event.locals));
  const section = view && formSectionOf(view);
  if (!section) error(405, m.badRequestTitle());
  const form = section.form;

  const body = await readForm(event);
  // Bots: a filled trap field, or back faster than anyone types. They get the usual confirmation
  // (so they learn nothing) and nothing is stored.
  const trapped = body.get('website');
  const started = body.get('started');
  const timing = checkStarted(started);
  if ((typeof trapped === 'string' && trapped !== '') || timing === 'bot') {
    console.warn('[forms] dropped a %s post: %s', form, trapped ? 'trap field filled' : 'sent too fast');
    noteFormPost(form, 'bot');
    redirect(303, sentHref(slug));
  }

  const values = valuesOf(form, body);
  const result = validate(form, values);
  if (!result.ok) {
    noteFormPost(form, 'invalid');
    return fail(400, { form, values, errors: result.errors } satisfies FormFailure);
  }
  // Open for too long: back to the visitor with what they wrote and a fresh token, never dropped.
  if (timing === 'expired') {
    noteFormPost(form, 'expired');
    return fail(400, { form, values, errors: {}, expired: true } satisfies FormFailure);
  }
  // A double click or a replay of a token that already stored its submission: the same confirmation.
  if (!(await claimStarted(started as string))) {
    noteFormPost(form, 'repeated');
    redirect(303, sentHref(slug));
  }

  // A sign-up's emails, and the pages they link to, speak the language it was made in.
  const data = form === 'newsletter' ? { ...result.data, language: event.locals.locale } : result.data;
  const key = submissionKeyOf(started as string);
  try {
    await storeSubmission(form, data, key);
  } catch (failure) {
    console.error('[forms] %s', (failure as Error).message);
    // The CMS is away for now: kept in the outbox, delivered when it is back; the visitor is done.
    if (failure instanceof SubmissionError && failure.retryable && (await queueSubmission({ form, data, key })) === 'queued') {
      noteFormPost(form, 'queued');
      redirect(303, sentHref(slug));
    }
    await releaseStarted(started as string);
    noteFormPost(form, 'cms-unavailable');
    return fail(503, { form, values, errors: {}, unavailable: true } satisfies FormFailure);
  }
  noteFormPost(form, 'accepted');
  redirect(303, sentHref(slug));
}
