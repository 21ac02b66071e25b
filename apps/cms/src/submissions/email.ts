// The emails a submission causes (sent with mail/send.ts):
// - a contact message or training request: a note to the staff address in Site settings that
//   links to the entry in the admin. What the visitor wrote stays in the CMS, off mail servers.
// - a newsletter sign-up: the confirmation request to the subscriber (double opt-in), or to an
//   address already confirmed a note that it signed up again; List-Unsubscribe headers (RFC 8058)
//   like every newsletter email.
// Each entry is its email's place in the outbox (jobs/outbox.ts): a send that fails leaves
// `emailSentAt` empty and the retry job (config/cron-tasks.ts) tries again, with a growing pause,
// for a week; each try is claimed by one process, so with several CMS processes, whose cron jobs
// all run, the email still goes out once.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Core } from '@strapi/strapi';
import { NEWSLETTER, type StaffNotifiedUid, type SubmissionUid } from './fields';
import { type Outbox, dueKeys, tryOne } from '../jobs/outbox';
import { EMAIL_BACKOFF, RETRY_WINDOW_MS, sendMail, smtpConfigured, type Mail } from '../mail/send';
import { staffAddress } from '../mail/staff';
import * as clock from '../utils/clock';
import { ALREADY_SUBSCRIBED_TEXT, CONFIRMATION_TEXT, signUpLanguage } from './confirmation-email';
import { adminEntryUrl, confirmUrl, oneClickUnsubscribeUrl, unsubscribePageUrl } from './links';

const STAFF_SUBJECTS: Record<StaffNotifiedUid, string> = {
  'api::contact-message.contact-message': 'New contact message on the Maine STEN website',
  'api::training-request.training-request': 'New training request on the Maine STEN website',
};

interface PendingEntry {
  documentId: string;
  confirmToken?: string | null;
  unsubscribeToken?: string | null;
  email?: string;
  language?: string | null;
}

type Outcome = 'sent' | 'failed' | 'skipped';

/** The entries of `uid` whose email is still to be sent (a newsletter sign-up's: until it is confirmed). */
const outboxOf = (uid: SubmissionUid): Outbox<PendingEntry> => ({
  uid,
  key: 'documentId',
  attempts: 'emailAttempts',
  nextAttemptAt: 'emailNextAttemptAt',
  waiting: () => ({ emailSentAt: { $null: true }, ...(uid === NEWSLETTER ? { confirmedAt: { $null: true } } : {}) }),
  backoff: EMAIL_BACKOFF,
  sent: () => ({ emailSentAt: new Date() }),
});

/** Sends the email an entry is waiting for, once whatever the number of processes; records the outcome. */
export async function sendSubmissionEmail(strapi: Core.Strapi, uid: SubmissionUid, documentId: string): Promise<Outcome> {
  if (!smtpConfigured()) return 'skipped';
  const tried = await tryOne(strapi, outboxOf(uid), documentId, async (entry) => {
    const message = uid === NEWSLETTER ? await confirmationMessage(strapi, entry) : await staffMessage(strapi, uid, entry);
    // Nothing to send yet (no staff address): tried again later, like a failure.
    if (!message) return { outcome: 'failed' as const, skipped: true, error: null };
    try {
      await sendMail(strapi, message);
      return { outcome: 'sent' as const, skipped: false, error: null };
    } catch (error) {
      return { outcome: 'failed' as const, skipped: false, error: error as Error };
    }
  });
  if (!tried || tried.skipped) return 'skipped';
  if (!tried.error) return tried.outcome === 'sent' ? 'sent' : 'failed';
  strapi.log.warn(
    `[forms] email for ${uid} ${documentId} not sent (attempt ${tried.attempts}, next in ${Math.round((tried.pauseMs ?? 0) / 1000)} s): ${tried.error.message}`,
  );
  return 'failed';
}

async function staffMessage(strapi: Core.Strapi, uid: StaffNotifiedUid, entry: PendingEntry): Promise<Mail | null> {
  const to = await staffAddress(strapi);
  if (!to) {
    strapi.log.warn(`[forms] no notification email in Site settings: ${uid} ${entry.documentId} is in the admin, unannounced`);
    return null;
  }
  const link = adminEntryUrl(strapi, uid, entry.documentId);
  return {
    to,
    subject: STAFF_SUBJECTS[uid],
    text: [
      `${STAFF_SUBJECTS[uid]}.`,
      '',
      `Read and handle it in the CMS admin: ${link}`,
      '',
      'What the visitor wrote is only in the admin, so it stays off mail servers.',
    ].join('\n'),
  };
}

async function confirmationMessage(strapi: Core.Strapi, entry: PendingEntry): Promise<Mail | null> {
  if (!entry.email || !entry.confirmToken || !entry.unsubscribeToken) return null;
  const language = signUpLanguage(entry.language);
  const { subject, lines } = CONFIRMATION_TEXT[language];
  const text = lines({
    confirm: confirmUrl(entry.confirmToken, language),
    unsubscribe: unsubscribePageUrl(entry.unsubscribeToken, language),
  }).join('\n');
  return newsletterMessage(strapi, { to: entry.email, language, unsubscribeToken: entry.unsubscribeToken, subject, text });
}

/** A newsletter email to a subscriber, in their language, with the unsubscribe headers. */
async function newsletterMessage(
  strapi: Core.Strapi,
  { to, language, unsubscribeToken, subject, text }: { to: string; language: string; unsubscribeToken: string; subject: string; text: string },
): Promise<Mail> {
  const from = String(strapi.config.get('plugin::email.settings.defaultFrom', 'Maine STEN <no-reply@localhost>'));
  // Built here because the email plugin passes no custom headers; it sends the raw message as is.
  const raw = await new MailComposer({
    from,
    to,
    subject,
    text,
    headers: { 'Content-Language': language, ...newsletterHeaders(strapi, unsubscribeToken) },
  })
    .compile()
    .build();
  return { from, to, subject, text, raw };
}

/**
 * Tells a confirmed subscriber that their address was signed up again. A courtesy, sent once and
 * not retried: the subscription stands whatever happens to it.
 */
export async function sendAlreadySubscribedNote(strapi: Core.Strapi, documentId: string): Promise<Outcome> {
  if (!smtpConfigured()) return 'skipped';
  const entry = (await strapi.db.query(NEWSLETTER).findOne({ where: { documentId } })) as PendingEntry | null;
  if (!entry?.email || !entry.unsubscribeToken) return 'skipped';
  const language = signUpLanguage(entry.language);
  const { subject, lines } = ALREADY_SUBSCRIBED_TEXT[language];
  const text = lines({ unsubscribe: unsubscribePageUrl(entry.unsubscribeToken, language) }).join('\n');
  try {
    await sendMail(strapi, await newsletterMessage(strapi, { to: entry.email, language, unsubscribeToken: entry.unsubscribeToken, subject, text }));
    return 'sent';
  } catch (error) {
    strapi.log.warn(`[forms] note to subscriber ${documentId} not sent: ${(error as Error).message}`);
    return 'failed';
  }
}

/** Every newsletter email carries these (RFC 2369 and RFC 8058 one-click unsubscribe). */
export function newsletterHeaders(strapi: Core.Strapi, unsubscribeToken: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${oneClickUnsubscribeUrl(strapi, unsubscribeToken)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** The retry job: every entry from the last week whose email is due (each sent by one process only). */
export async function retryPendingEmails(strapi: Core.Strapi, uids: readonly SubmissionUid[]): Promise<number> {
  if (!smtpConfigured()) return 0;
  let sent = 0;
  const since = new Date(clock.nowMs() - RETRY_WINDOW_MS);
  for (const uid of uids) {
    for (const documentId of await dueKeys(strapi, outboxOf(uid), { where: { createdAt: { $gt: since } }, limit: 100 })) {
      if ((await sendSubmissionEmail(strapi, uid, String(documentId))) === 'sent') sent += 1;
    }
  }
  return sent;
}
