// Everyone who may decide is told: each proposal, approval and rejection of a hotline change is
// emailed to every active Editor and administrator and to the staff address in Site settings,
// with the old and new numbers and a link to the admin. Sent like the form emails: claimed by one
// process, tried again with a growing pause (config/cron-tasks.ts) for a week. Without SMTP, one
// log line; the admin's banner shows the change all the same.
import type { Core } from '@strapi/strapi';
import { HOTLINE_CHANGE } from '../audit/guard';
import { DECIDERS } from './deciders';
import { claimMs, nextAttemptDelayMs, RETRY_WINDOW_MS, smtpConfigured } from '../submissions/email';
import * as clock from '../utils/clock';
import type { HotlineChange, HotlineNumbers } from './two-person';

const LABELS: Record<keyof HotlineNumbers, string> = { phone: 'Phone', sms: 'Text (SMS)', tty: 'TTY', url: 'Website' };
const HEADLINES = {
  proposed: (change: HotlineChange) => `${change.proposedBy} proposed new hotline numbers. They are not on the site until another Editor or administrator approves them.`,
  approved: (change: HotlineChange) => `${change.decidedBy} approved the hotline numbers proposed by ${change.proposedBy}. They are on the site now.`,
  rejected: (change: HotlineChange) => `${change.decidedBy} rejected the hotline numbers proposed by ${change.proposedBy}. The site keeps the current ones.`,
} as const;
type NoticeEvent = keyof typeof HEADLINES;

/** Every active Editor and administrator, and the staff address. */
export async function recipients(strapi: Core.Strapi): Promise<string[]> {
  const users = (await strapi.db.query('admin::user').findMany({ where: { isActive: true, roles: { code: { $in: DECIDERS } } }, select: ['email'] })) as { email: string }[];
  const settings = (await strapi.db.query('api::site-setting.site-setting').findOne({ where: { publishedAt: { $notNull: true } }, select: ['notificationEmail'] })) as { notificationEmail?: string | null } | null;
  return [...new Set([...users.map((user) => user.email), ...(settings?.notificationEmail ? [settings.notificationEmail] : [])].map((email) => email.toLowerCase()))];
}

export function noticeText(change: HotlineChange, event: NoticeEvent, adminUrl: string): { subject: string; text: string } {
  const rows = (Object.keys(LABELS) as (keyof HotlineNumbers)[]).map(
    (field) => `${LABELS[field]}: ${change.current[field] ?? '(none)'} → ${change.proposed[field] ?? '(none)'}${change.current[field] === change.proposed[field] ? ' (unchanged)' : ''}`,
  );
  return {
    subject: `Hotline numbers ${event}: check the Maine STEN website`,
    text: [HEADLINES[event](change), '', 'Current → proposed:', ...rows, '', `Review it in the CMS admin: ${adminUrl}`, '', 'If you did not expect this change, reject it and tell the other editors at once.'].join('\n'),
  };
}

const due = (now: Date) => ({
  emailSentAt: { $null: true },
  noticeEvent: { $notNull: true },
  updatedAt: { $gt: new Date(now.getTime() - RETRY_WINDOW_MS) },
  $or: [{ emailNextAttemptAt: { $null: true } }, { emailNextAttemptAt: { $lte: now } }],
});

/** Sends the change's latest notice, once whatever the number of processes. */
export async function sendNotice(strapi: Core.Strapi, documentId: string): Promise<'sent' | 'failed' | 'skipped'> {
  if (!smtpConfigured()) {
    strapi.log.warn('[hotline] SMTP_HOST is not set: nobody is emailed about this hotline change; the admin banner shows it');
    return 'skipped';
  }
  const now = clock.now();
  const { count } = await strapi.db.query(HOTLINE_CHANGE).updateMany({ where: { documentId, ...due(now) }, data: { emailNextAttemptAt: new Date(now.getTime() + claimMs()) } });
  if (count === 0) return 'skipped';
  const change = (await strapi.db.query(HOTLINE_CHANGE).findOne({ where: { documentId } })) as (HotlineChange & { noticeEvent: NoticeEvent; emailAttempts?: number }) | null;
  if (!change) return 'skipped';
  const attempts = (change.emailAttempts ?? 0) + 1;
  // Only for the step this send is about: a decision taken while the proposal's notice was on its
  // way must not be marked sent (or put off) by it.
  const record = (data: Record<string, unknown>) =>
    strapi.db.query(HOTLINE_CHANGE).updateMany({ where: { documentId, noticeEvent: change.noticeEvent }, data: { emailAttempts: attempts, ...data } });
  const admin = String(strapi.config.get('admin.absoluteUrl', 'http://localhost:1337/admin')).replace(/\/$/, '');
  const { subject, text } = noticeText(change, change.noticeEvent, admin);
  try {
    await strapi.plugin('email').service('email').send({ to: (await recipients(strapi)).join(', '), subject, text });
  } catch (error) {
    await record({ emailNextAttemptAt: new Date(clock.nowMs() + nextAttemptDelayMs(attempts)) });
    strapi.log.warn(`[hotline] the ${change.noticeEvent} notice was not sent (attempt ${attempts}): ${(error as Error).message}`);
    return 'failed';
  }
  await record({ emailSentAt: new Date(), emailNextAttemptAt: null });
  return 'sent';
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
  const waiting = (await strapi.db.query(HOTLINE_CHANGE).findMany({ where: due(clock.now()), select: ['documentId'] })) as { documentId: string }[];
  for (const { documentId } of waiting) await sendNotice(strapi, documentId);
}
