// The emails a submission causes, sent through Strapi's email plugin (nodemailer, SMTP_*):
// - a contact message or training request: a note to the staff address in Site settings that
//   links to the entry in the admin. What the visitor wrote stays in the CMS, off mail servers.
// - a newsletter sign-up: the confirmation request to the subscriber (double opt-in), or to an
//   address already confirmed a note that it signed up again; List-Unsubscribe headers (RFC 8058)
//   like every newsletter email.
// A send that fails leaves `emailSentAt` empty; the retry job (config/cron-tasks.ts) tries again,
// with a growing pause, for a week. Each email is claimed by one process before it is sent (see
// `claim`), so with several CMS processes, whose cron jobs all run, it still goes out once.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Core } from '@strapi/strapi';
import { NEWSLETTER, type StaffNotifiedUid, type SubmissionUid } from './fields';
import { cmsSettings } from '../settings';
import * as clock from '../utils/clock';
import { ALREADY_SUBSCRIBED_TEXT, CONFIRMATION_TEXT, signUpLanguage } from './confirmation-email';
import { adminEntryUrl, confirmUrl, oneClickUnsubscribeUrl, unsubscribePageUrl } from './links';

export const smtpConfigured = () => Boolean(process.env.SMTP_HOST);

/** Entries older than this are not retried: a week-old notice helps nobody. */
export const RETRY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * How long a process may take to send one email before another takes it over (it stopped, or
 * hangs): EMAIL_CLAIM_SECONDS. The SMTP connection gives up sooner (config/plugins.ts), so a slow
 * send is never taken over while it may still succeed.
 */
export const claimMs = () => cmsSettings().EMAIL_CLAIM_SECONDS * 1000;
/** The longest pause between two tries; they start every EMAIL_RETRY_SECONDS and double. */
const MAX_BACKOFF_MS = 60 * 60 * 1000;

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

/** When the next try may be, after `attempts` failed ones: EMAIL_RETRY_SECONDS, doubling, at most an hour. */
export const nextAttemptDelayMs = (attempts: number, retrySeconds = cmsSettings().EMAIL_RETRY_SECONDS) =>
  Math.min(MAX_BACKOFF_MS, retrySeconds * 1000 * 2 ** Math.max(0, attempts - 1));

/** An entry still waiting for its email, that no process is sending now and whose next try is due. */
const due = (uid: SubmissionUid, now: Date) => ({
  emailSentAt: { $null: true },
  $or: [{ emailNextAttemptAt: { $null: true } }, { emailNextAttemptAt: { $lte: now } }],
  ...(uid === NEWSLETTER ? { confirmedAt: { $null: true } } : {}),
});

/**
 * Takes the entry's email for this process: one UPDATE that only matches while the email is due,
 * so of several processes (or retry runs) trying at once exactly one gets it. The claim lasts
 * claimMs(): if this process dies mid-send, another takes the email over after that.
 */
async function claim(strapi: Core.Strapi, uid: SubmissionUid, documentId: string): Promise<boolean> {
  const now = clock.now();
  const { count } = await strapi.db
    .query(uid)
    .updateMany({ where: { documentId, ...due(uid, now) }, data: { emailNextAttemptAt: new Date(now.getTime() + claimMs()) } });
  return count > 0;
}

/** Sends the email an entry is waiting for, once whatever the number of processes; records the outcome. */
export async function sendSubmissionEmail(strapi: Core.Strapi, uid: SubmissionUid, documentId: string): Promise<Outcome> {
  if (!smtpConfigured() || !(await claim(strapi, uid, documentId))) return 'skipped';
  const entry = (await strapi.db.query(uid).findOne({ where: { documentId } })) as PendingEntry | null;
  if (!entry) return 'skipped';
  // Counted while the claim is held: no other process writes it meanwhile.
  const attempts = (entry.emailAttempts ?? 0) + 1;
  const record = (data: Record<string, unknown>) =>
    strapi.db.query(uid).updateMany({ where: { documentId }, data: { emailAttempts: attempts, ...data } });
  const message = uid === NEWSLETTER ? await confirmationMessage(strapi, entry) : await staffMessage(strapi, uid, entry);
  if (!message) {
    await record({ emailNextAttemptAt: new Date(clock.nowMs() + nextAttemptDelayMs(attempts)) });
    return 'skipped';
  }
  try {
    await strapi.plugin('email').service('email').send(message);
  } catch (error) {
    const delay = nextAttemptDelayMs(attempts);
    await record({ emailNextAttemptAt: new Date(clock.nowMs() + delay) });
    strapi.log.warn(
      `[forms] email for ${uid} ${documentId} not sent (attempt ${attempts}, next in ${Math.round(delay / 1000)} s): ${(error as Error).message}`,
    );
    return 'failed';
  }
  await record({ emailSentAt: new Date(), emailNextAttemptAt: null });
  return 'sent';
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
) {
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
    await strapi.plugin('email').service('email').send(await newsletterMessage(strapi, { to: entry.email, language, unsubscribeToken: entry.unsubscribeToken, subject, text }));
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
  const now = clock.now();
  const since = new Date(now.getTime() - RETRY_WINDOW_MS);
  for (const uid of uids) {
    const pending = (await strapi.db.query(uid).findMany({
      select: ['documentId'],
      where: { ...due(uid, now), createdAt: { $gt: since } },
      limit: 100,
    })) as { documentId: string }[];
    for (const { documentId } of pending) {
      if ((await sendSubmissionEmail(strapi, uid, documentId)) === 'sent') sent += 1;
    }
  }
  return sent;
}
