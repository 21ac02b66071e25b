// What a visitor may send with each form: the website's token can set these fields and nothing else
// (not the status, the email bookkeeping or the newsletter tokens). The site's forms send exactly
// these (tests/forms.test.ts).
export const FORM_FIELDS = {
  'api::contact-message.contact-message': ['name', 'email', 'phone', 'replyBy', 'message'],
  'api::training-request.training-request': [
    'name',
    'email',
    'organization',
    'role',
    'county',
    'audience',
    'audienceSize',
    'format',
    'preferredDates',
    'topics',
    'message',
  ],
  'api::newsletter-subscription.newsletter-subscription': ['email', 'name', 'consent', 'language'],
} as const;

export type SubmissionUid = keyof typeof FORM_FIELDS;
/** Submissions that staff are told about by email (a newsletter sign-up is told to the subscriber). */
export type StaffNotifiedUid = Exclude<SubmissionUid, 'api::newsletter-subscription.newsletter-subscription'>;
export const NEWSLETTER = 'api::newsletter-subscription.newsletter-subscription' as const;

/**
 * Characters no one types and that mislead whoever reads the text later (in the admin, in the
 * CSV export): control characters but tab and line breaks, and the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make text display reversed.
 * Joiners (U+200C, U+200D) and the plain direction marks stay: some languages need them.
 */
const UNTYPED = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
export const withoutUntyped = (text: string) => text.replace(UNTYPED, '');

/** Only the form's own fields of a request body, their text without untyped characters. */
export function pickFormFields(uid: SubmissionUid, body: unknown): Record<string, unknown> {
  const data = (body as { data?: unknown } | null)?.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const picked: Record<string, unknown> = {};
  for (const field of FORM_FIELDS[uid]) {
    if (!(field in data)) continue;
    const value = (data as Record<string, unknown>)[field];
    picked[field] = typeof value === 'string' ? withoutUntyped(value) : value;
  }
  return picked;
}
