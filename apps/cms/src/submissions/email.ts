// The emails a submission causes, sent through Strapi's email plugin (nodemailer, SMTP_*):
// - a contact message or training request: a note to the staff address in Site settings that
//   links to the entry in the admin. What the visitor wrote stays in the CMS, off mail servers.
// - a newsletter sign-up: the confirmation request to the subscriber (double opt-in), with
//   List-Unsubscribe headers (RFC 8058) like every newsletter email.
// A send that fails leaves `emailSentAt` empty; the retry job (config/cron-tasks.ts) tries again.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Core } from '@strapi/strapi';
import { NEWSLETTER, type StaffNotifiedUid, type SubmissionUid } from './fields';
import { CONFIRMATION_TEXT, signUpLanguage } from './confirmation-email';
import { adminEntryUrl, confirmUrl, oneClickUnsubscribeUrl, unsubscribePageUrl } from './links';

export const smtpConfigured = () => Boolean(process.env.SMTP_HOST);

/** Give up on an entry after this many failed sends (about a day of tries, one a minute). */
const MAX_ATTEMPTS = 1500;
/** Entries older than this are not retried: a week-old notice helps nobody. */
const RETRY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const STAFF_SUBJECTS: Record<StaffNotifiedUid, string> = {
  'api::contact-message.contact-message': 'New contact message on the Maine STEN website',
  'api::training-request.training-request': 'New training request on the Maine STEN website',
};

interface PendingEntry {
  documentId: string;
  emailAttempts?: number | null;
  confirmToken?: string | null;
  unsubscribeToken?: string | null;
  email?: string;
  language?: string | null;
}

type Outcome = 'sent' | 'failed' | 'skipped';
const inFlight = new Set<string>();

/** Sends the email an entry is waiting for, once; records the outcome on the entry. */
export async function sendSubmissionEmail(strapi: Core.Strapi, uid: SubmissionUid, documentId: string): Promise<Outcome> {
  if (!smtpConfigured() || inFlight.has(documentId)) return 'skipped';
  inFlight.add(documentId);
  try {
    const entry = (await strapi.db.query(uid).findOne({ where: { documentId } })) as
      | (PendingEntry & { emailSentAt?: string | null; confirmedAt?: string | null })
      | null;
    if (!entry || entry.emailSentAt || (uid === NEWSLETTER && entry.confirmedAt)) return 'skipped';

    const message = uid === NEWSLETTER ? await confirmationMessage(strapi, entry) : await staffMessage(strapi, uid, entry);
    if (!message) return 'skipped';
    const attempts = (entry.emailAttempts ?? 0) + 1;
    try {
      await strapi.plugin('email').service('email').send(message);
      await strapi.db.query(uid).updateMany({ where: { documentId }, data: { emailSentAt: new Date(), emailAttempts: attempts } });
      return 'sent';
    } catch (error) {
      await strapi.db.query(uid).updateMany({ where: { documentId }, data: { emailAttempts: attempts } });
      strapi.log.warn(`[forms] email for ${uid} ${documentId} not sent (attempt ${attempts}, will retry): ${(error as Error).message}`);
      return 'failed';
    }
  } finally {
    inFlight.delete(documentId);
  }
}

async function staffMessage(strapi: Core.Strapi, uid: StaffNotifiedUid, entry: PendingEntry) {
  const settings = (await strapi.documents('api::site-setting.site-setting').findFirst({ status: 'published' })) as
    | { notificationEmail?: string | null }
    | null;
  const to = settings?.notificationEmail;
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

async function confirmationMessage(strapi: Core.Strapi, entry: PendingEntry) {
  if (!entry.email || !entry.confirmToken || !entry.unsubscribeToken) return null;
  const from = String(strapi.config.get('plugin::email.settings.defaultFrom', 'Maine STEN <no-reply@localhost>'));
  const language = signUpLanguage(entry.language);
  const { subject, lines } = CONFIRMATION_TEXT[language];
  const text = lines({
    confirm: confirmUrl(entry.confirmToken, language),
    unsubscribe: unsubscribePageUrl(entry.unsubscribeToken, language),
  }).join('\n');
  // Built here because the email plugin passes no custom headers; it sends the raw message as is.
  const raw = await new MailComposer({
    from,
    to: entry.email,
    subject,
    text,
    headers: { 'Content-Language': language, ...newsletterHeaders(strapi, entry.unsubscribeToken) },
  })
    .compile()
    .build();
  return { from, to: entry.email, subject, text, raw };
}

/** Every newsletter email carries these (RFC 2369 and RFC 8058 one-click unsubscribe). */
export function newsletterHeaders(strapi: Core.Strapi, unsubscribeToken: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${oneClickUnsubscribeUrl(strapi, unsubscribeToken)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** The retry job: every entry still waiting for its email, from the last week. */
export async function retryPendingEmails(strapi: Core.Strapi, uids: readonly SubmissionUid[]): Promise<number> {
  if (!smtpConfigured()) return 0;
  let sent = 0;
  const since = new Date(Date.now() - RETRY_WINDOW_MS);
  for (const uid of uids) {
    const pending = (await strapi.db.query(uid).findMany({
      select: ['documentId'],
      where: {
        emailSentAt: { $null: true },
        emailAttempts: { $lt: MAX_ATTEMPTS },
        createdAt: { $gt: since },
        ...(uid === NEWSLETTER ? { confirmedAt: { $null: true } } : {}),
      },
      limit: 100,
    })) as { documentId: string }[];
    for (const { documentId } of pending) {
      if ((await sendSubmissionEmail(strapi, uid, documentId)) === 'sent') sent += 1;
    }
  }
  return sent;
}
