// Everyone who may decide is told: each proposal, approval and rejection of a hotline change is
// emailed to every active Editor and administrator and to the staff address in Site settings,
// with the old and new numbers and a link to the admin. The change's row is its notice's place in
// the outbox (jobs/outbox.ts), like a form email: claimed by one process, tried again with a
// growing pause (config/cron-tasks.ts) for a week. Without SMTP, one log line; the admin's banner
// shows the change all the same.
import type { Core } from '@strapi/strapi';
import { type Outbox, dueKeys, tryOne } from '../jobs/outbox';
import { EMAIL_BACKOFF, RETRY_WINDOW_MS, sendMail, smtpConfigured } from '../mail/send';
import { staffRecipients } from '../mail/staff';
import { HOTLINE_CHANGE, type HotlineChange, type HotlineNumbers } from './change';

const LABELS: Record<keyof HotlineNumbers, string> = { phone: 'Phone', sms: 'Text (SMS)', tty: 'TTY', url: 'Website' };
const HEADLINES = {
  proposed: (change: HotlineChange) => `${change.proposedBy} proposed new hotline numbers. They are not on the site until another Editor or administrator approves them.`,
  approved: (change: HotlineChange) => `${change.decidedBy} approved the hotline numbers proposed by ${change.proposedBy}. They are on the site now.`,
  rejected: (change: HotlineChange) => `${change.decidedBy} rejected the hotline numbers proposed by ${change.proposedBy}. The site keeps the current ones.`,
} as const;
type NoticeEvent = keyof typeof HEADLINES;
type Notice = HotlineChange & { noticeEvent: NoticeEvent };

export function noticeText(change: HotlineChange, event: NoticeEvent, adminUrl: string): { subject: string; text: string } {
  const rows = (Object.keys(LABELS) as (keyof HotlineNumbers)[]).map(
    (field) => `${LABELS[field]}: ${change.current[field] ?? '(none)'} → ${change.proposed[field] ?? '(none)'}${change.current[field] === change.proposed[field] ? ' (unchanged)' : ''}`,
  );
  return {
    subject: `Hotline numbers ${event}: check the Maine STEN website`,
    text: [HEADLINES[event](change), '', 'Current → proposed:', ...rows, '', `Review it in the CMS admin: ${adminUrl}`, '', 'If you did not expect this change, reject it and tell the other editors at once.'].join('\n'),
  };
}

const NOTICES: Outbox<Notice> = {
  uid: HOTLINE_CHANGE,
  key: 'documentId',
  attempts: 'emailAttempts',
  nextAttemptAt: 'emailNextAttemptAt',
  waiting: (now) => ({ emailSentAt: { $null: true }, noticeEvent: { $notNull: true }, updatedAt: { $gt: new Date(now.getTime() - RETRY_WINDOW_MS) } }),
  backoff: EMAIL_BACKOFF,
  sent: () => ({ emailSentAt: new Date() }),
  // A decision taken while the proposal's notice was on its way must not be marked sent (or put
  // off) by it.
  scope: (change) => ({ noticeEvent: change.noticeEvent }),
};

/** Sends the change's latest notice, once whatever the number of processes. */
export async function sendNotice(strapi: Core.Strapi, documentId: string): Promise<'sent' | 'failed' | 'skipped'> {
  if (!smtpConfigured()) {
    strapi.log.warn('[hotline] SMTP_HOST is not set: nobody is emailed about this hotline change; the admin banner shows it');
    return 'skipped';
  }
  const tried = await tryOne(strapi, NOTICES, documentId, async (change) => {
    const admin = String(strapi.config.get('admin.absoluteUrl', 'http://localhost:1337/admin')).replace(/\/$/, '');
    const { subject, text } = noticeText(change, change.noticeEvent, admin);
    try {
      await sendMail(strapi, { to: (await staffRecipients(strapi)).join(', '), subject, text });
      return { outcome: 'sent' as const, event: change.noticeEvent, error: null };
    } catch (error) {
      return { outcome: 'failed' as const, event: change.noticeEvent, error: error as Error };
    }
  });
  if (!tried) return 'skipped';
  if (tried.error) strapi.log.warn(`[hotline] the ${tried.event} notice was not sent (attempt ${tried.attempts}): ${tried.error.message}`);
  return tried.outcome === 'sent' ? 'sent' : 'failed';
}

/** After the caller's answer: the notice of the change's latest step. */
export function announce(strapi: Core.Strapi, documentId: string): void {
  setImmediate(() => {
    sendNotice(strapi, documentId).catch((error: Error) => strapi.log.error(`[hotline] notice failed: ${error.message}`));
  });
}

/** The retry job's part: every notice still waiting. */
export async function retryHotlineNotices(strapi: Core.Strapi): Promise<void> {
  if (!smtpConfigured()) return;
  for (const documentId of await dueKeys(strapi, NOTICES)) await sendNotice(strapi, String(documentId));
}
