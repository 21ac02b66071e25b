// The form action behind every page with a "Form" section: limits, bot traps, validation, then the
// CMS. A person always gets an answer: the errors with their values, or the confirmation page.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { FormFailure } from '$lib/forms/failure';
import { validate, valuesOf } from '$lib/forms/validate';
import { pageHref } from '$lib/components/sections/types';
import { m } from '$lib/i18n';
import { contentOptions, formSectionOf } from './content';
import { filledTooFast } from './form-timing';
import { limitFormPosts } from './form-rate-limit';
import { refuseCrossSite } from './same-origin';
import { getViewOr503 } from './page-load';
import { storeSubmission } from './submissions';

/** Far above the longest honest answer (every field full, all of it percent-encoded). */
const MAX_BODY_BYTES = 128 * 1024;

export const sentHref = (slug: string) => `${pageHref(slug)}/sent`;

export async function submitForm(event: RequestEvent, slug: string) {
  refuseCrossSite(event);
  await limitFormPosts(event);
  if (Number(event.request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) error(413, m.tooLargeTitle());

  const view = await getViewOr503(slug, contentOptions(event.locals));
  const section = view && formSectionOf(view);
  if (!section) error(405, m.badRequestTitle());
  const form = section.form;

  const body = await event.request.formData().catch(() => error(400, m.badRequestTitle()));
  // Bots: a filled trap field, or back faster than anyone types. They get the usual confirmation
  // (so they learn nothing) and nothing is stored.
  const trapped = body.get('website');
  if ((typeof trapped === 'string' && trapped !== '') || filledTooFast(body.get('started'))) {
    console.warn('[forms] dropped a %s post: %s', form, trapped ? 'trap field filled' : 'sent too fast');
    redirect(303, sentHref(slug));
  }

  const values = valuesOf(form, body);
  const result = validate(form, values);
  if (!result.ok) return fail(400, { form, values, errors: result.errors } satisfies FormFailure);

  try {
    // A sign-up's emails, and the pages they link to, speak the language it was made in.
    await storeSubmission(form, form === 'newsletter' ? { ...result.data, language: event.locals.locale } : result.data);
  } catch (failure) {
    console.error('[forms] %s', (failure as Error).message);
    return fail(503, { form, values, errors: {}, unavailable: true } satisfies FormFailure);
  }
  redirect(303, sentHref(slug));
}
