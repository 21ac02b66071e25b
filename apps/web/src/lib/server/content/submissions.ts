// The website's writes to the CMS: form submissions and the newsletter's opt-in and unsubscribe.
// Apart from the reads (store.ts, cached) because nothing here is cached. A submission the CMS
// cannot take now (unreachable, 5xx, timeout: `retryable`) goes to the outbox (outbox/), which
// sends it again with the same key; any other failure is reported to the visitor, whose values
// stay in the form. Writes use CMS_FORMS_TOKEN, which can create these three types and nothing else.
import { FORMS, type FormName } from '$lib/forms/fields';
import { cmsUrl } from '../cms-url';
import { settings } from '../settings.js';

export class SubmissionError extends Error {
  override name = 'SubmissionError';
  /** True when the CMS may take it later: it was unreachable, timed out or answered 5xx. */
  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

const plural = (form: FormName) => `${FORMS[form].cmsType}s`;

async function post(path: string, body: unknown, token?: string, submissionKey?: string): Promise<Response> {
  try {
    return await fetch(`${cmsUrl()}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(submissionKey ? { 'idempotency-key': submissionKey } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(settings.CMS_TIMEOUT_MS),
    });
  } catch (error) {
    throw new SubmissionError(`CMS unreachable for ${path}: ${(error as Error).message}`, true);
  }
}

/**
 * Stores one submission. `submissionKey` (from the form's start token) makes a retry of the same
 * submission store nothing new: the CMS answers it as it answered the first.
 */
export async function storeSubmission(form: FormName, data: Record<string, unknown>, submissionKey?: string): Promise<void> {
  if (!settings.CMS_FORMS_TOKEN) throw new SubmissionError('CMS_FORMS_TOKEN is not set: form submissions cannot be stored');
  const response = await post(`/api/${plural(form)}`, { data }, settings.CMS_FORMS_TOKEN, submissionKey);
  // 202: a newsletter address already on the list; the visitor sees the same confirmation.
  if (response.status !== 201 && response.status !== 202) {
    const text = await response.text().catch(() => '');
    throw new SubmissionError(`The CMS answered ${response.status} to a ${form} submission: ${text.slice(0, 300)}`, response.status >= 500);
  }
}

/** Confirms or unsubscribes with the token from the email: true when it worked, false for an unknown token. */
export async function useNewsletterToken(action: 'confirm' | 'unsubscribe', token: string): Promise<boolean> {
  // With the site's forms token, so these are not counted against the CMS's anonymous budget, which
  // all visitors would share (the site's one address): a flood of made-up tokens cannot stop a
  // real visitor's unsubscribe. The site limits each visitor itself (limitFormPosts).
  const response = await post(`/api/newsletter-subscriptions/${action}`, { token }, settings.CMS_FORMS_TOKEN);
  if (response.ok) return true;
  if (response.status === 404 || response.status === 400) return false;
  throw new SubmissionError(`The CMS answered ${response.status} to a newsletter ${action}`);
}
