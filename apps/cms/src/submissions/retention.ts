// Submissions are kept only as long as staff need them: contact messages and training requests for
// FORMS_RETENTION_DAYS (default 365), newsletter sign-ups never confirmed for 7 days. Confirmed
// subscribers stay until they unsubscribe (that deletes them). The CMS's own logs too: the audit log
// and the partner webhooks' delivery log. Run nightly by config/cron-tasks.ts, once for the whole
// cluster.
import type { Core } from '@strapi/strapi';
import { claimRun } from '../jobs/run-once';
import { cmsSettings } from '../settings';
import * as clock from '../utils/clock';
import { DELIVERY, pruneDeliveries } from '../webhooks/deliveries';
import { NEWSLETTER } from './fields';

const DAY_MS = 24 * 60 * 60 * 1000;
export const UNCONFIRMED_DAYS = 7;

export const RETENTION_JOB = 'delete-expired-submissions';

export const retentionDays = (): number => cmsSettings().FORMS_RETENTION_DAYS;

export async function deleteExpiredSubmissions(strapi: Core.Strapi, now = clock.now()): Promise<Record<string, number>> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const days = retentionDays();
  const deleted: Record<string, number> = {};
  for (const uid of ['api::contact-message.contact-message', 'api::training-request.training-request'] as const) {
    deleted[uid] = (await strapi.db.query(uid).deleteMany({ where: { createdAt: { $lt: before(days) } } })).count;
  }
  // The audit log keeps AUDIT_RETENTION_DAYS (730), through the query engine (no API can delete it).
  deleted['api::audit-entry.audit-entry'] = (
    await strapi.db.query('api::audit-entry.audit-entry').deleteMany({ where: { createdAt: { $lt: before(cmsSettings().AUDIT_RETENTION_DAYS) } } })
  ).count;
  // The delivery log keeps WEBHOOK_LOG_DAYS (30) of finished deliveries (a row per event per
  // partner); one still being tried stays until it is delivered or given up.
  deleted[DELIVERY] = await pruneDeliveries(strapi, before(cmsSettings().WEBHOOK_LOG_DAYS));
  deleted[NEWSLETTER] = (
    await strapi.db.query(NEWSLETTER).deleteMany({
      where: { confirmedAt: { $null: true }, createdAt: { $lt: before(UNCONFIRMED_DAYS) } },
    })
  ).count;
  const total = Object.values(deleted).reduce((sum, count) => sum + count, 0);
  if (total > 0) strapi.log.info(`[forms] retention: deleted ${JSON.stringify(deleted)}`);
  return deleted;
}

/** The nightly run: one process of the cluster deletes, the others find the night's run taken (null). */
export async function runNightlyRetention(strapi: Core.Strapi, now = clock.now()): Promise<Record<string, number> | null> {
  if (!(await claimRun(strapi, RETENTION_JOB, now.toISOString().slice(0, 10)))) return null;
  return deleteExpiredSubmissions(strapi, now);
}
