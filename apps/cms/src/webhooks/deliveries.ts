// Partner webhooks (api::partner-webhook): on a publish, unpublish or delete of public content, a
// small JSON event — what changed, never the content of a form submission — is queued for every
// enabled subscription that wants that type and language (api::webhook-delivery, the delivery log
// editors read), then sent signed per Standard Webhooks (webhook-id, webhook-timestamp,
// webhook-signature). A failed attempt is tried again after WEBHOOK_RETRY_SECONDS, then four times
// longer each time (at most 8 hours apart), for 24 hours. Each attempt is claimed by one CMS
// process first (like the form emails), so with any number of processes an event is sent once at a
// time and, once delivered, never again: the delivery log is the outbox (jobs/outbox.ts).
// WEBHOOK_MAX_FAILURES failed attempts in a row turn the subscription off, and staff are emailed.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { Webhook } from 'standardwebhooks';
import { CONTENT_TYPES, WEBHOOK_SWITCHES, type WebhookModel } from '../content-types';
import { type Outbox, dueKeys, leaseMs, pruneFinished, tryOne } from '../jobs/outbox';
import { sendMail, smtpConfigured } from '../mail/send';
import { staffRecipients } from '../mail/staff';
import { cmsSettings } from '../settings';
import * as clock from '../utils/clock';
import { newDocumentId } from '../utils/document-id';
import { guardedPost, isPrivateAddress } from './address';

export const SUBSCRIPTION = CONTENT_TYPES['partner-webhook'].uid;
export const DELIVERY = CONTENT_TYPES['webhook-delivery'].uid;
export const WEBHOOK_EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete'] as const;

/** The public types a subscription may ask for (by the switch that asks for them: content-types.ts). */
const SWITCHES = WEBHOOK_SWITCHES;
type Model = WebhookModel;
const MODEL_OF_UID = new Map((Object.keys(SWITCHES) as Model[]).map((model) => [CONTENT_TYPES[model].uid as string, model]));

interface Subscription {
  id: number;
  documentId: string;
  name: string;
  url: string;
  enabled: boolean;
  secret?: string | null;
  languages?: string | null;
  consecutiveFailures?: number | null;
  pages?: boolean | null;
  questions?: boolean | null;
  resources?: boolean | null;
  agencies?: boolean | null;
  principles?: boolean | null;
  siteSettings?: boolean | null;
}

interface Delivery {
  id: number;
  subscription: string;
  eventId: string;
  payload: unknown;
}

/** Pending until delivered, or failed: tried for 24 hours, or its subscription went away. */
const DELIVERIES: Outbox<Delivery> & Required<Pick<Outbox<Delivery>, 'finished'>> = {
  uid: DELIVERY,
  key: 'id',
  attempts: 'attempts',
  nextAttemptAt: 'nextAttemptAt',
  waiting: () => ({ status: 'pending' }),
  backoff: () => ({ firstMs: cmsSettings().WEBHOOK_RETRY_SECONDS * 1000, factor: 4, longestMs: 8 * 60 * 60 * 1000 }),
  sent: () => ({ status: 'delivered', deliveredAt: new Date() }),
  deadline: { afterMs: 24 * 60 * 60 * 1000, expired: { status: 'failed' } },
  finished: { status: { $ne: 'pending' } },
};

interface EntryEvent {
  uid?: string;
  entry?: { documentId?: string; locale?: string | null; slug?: string | null };
}

const wants = (subscription: Subscription, model: Model, locale: string) => {
  if (subscription[SWITCHES[model]] === false) return false;
  const languages = (subscription.languages ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  return languages.length === 0 || languages.includes(locale);
};

/** Queues the event for every subscription that wants it; returns how many were queued. */
export async function queueEvent(strapi: Core.Strapi, event: string, info: EntryEvent): Promise<number> {
  const model = info.uid ? MODEL_OF_UID.get(info.uid) : undefined; // never a form submission
  if (!model || !info.entry?.documentId) return 0;
  const locale = info.entry.locale ?? 'en';
  const subscriptions = (await strapi.db.query(SUBSCRIPTION).findMany({ where: { enabled: true, secret: { $notNull: true } } })) as Subscription[];
  const at = new Date();
  let queued = 0;
  for (const subscription of subscriptions.filter((candidate) => wants(candidate, model, locale))) {
    const payload = {
      type: event,
      timestamp: at.toISOString(),
      data: { model, documentId: info.entry.documentId, locale, ...(info.entry.slug ? { slug: info.entry.slug } : {}) },
    };
    await strapi.db.query(DELIVERY).create({
      data: {
        documentId: newDocumentId(),
        subscription: subscription.documentId,
        subscriptionName: subscription.name,
        eventId: `msg_${randomUUID()}`,
        event,
        payload,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: clock.now(),
      },
    });
    queued += 1;
  }
  return queued;
}

async function turnOff(strapi: Core.Strapi, subscription: Subscription, reason: string): Promise<void> {
  const { count } = await strapi.db.query(SUBSCRIPTION).updateMany({ where: { id: subscription.id, enabled: true }, data: { enabled: false, disabledReason: reason } });
  if (count !== 1) return; // another process turned it off (and told staff) already
  strapi.log.warn(`Partner webhook "${subscription.name}" turned off: ${reason}`);
  if (!smtpConfigured()) return;
  const admin = `${cmsSettings().CMS_PUBLIC_URL ?? ''}/admin/content-manager/collection-types/${SUBSCRIPTION}/${subscription.documentId}`;
  await sendMail(strapi, {
    to: (await staffRecipients(strapi)).join(', '),
    subject: `Partner webhook turned off: ${subscription.name}`,
    text: `The CMS turned off the partner webhook "${subscription.name}" (${subscription.url}): ${reason}\n\nEvents for it are no longer sent. Once the partner has fixed their side, turn "Enabled" on again:\n${admin}\n`,
  }).catch((error: Error) => strapi.log.warn(`Could not email staff about the webhook "${subscription.name}": ${error.message}`));
}

type Problem = { status?: number; error: string };

/** One attempt of one delivery, claimed: signs and posts it, or drops it when its subscription is off or gone. */
async function attempt(strapi: Core.Strapi, delivery: Delivery) {
  const subscription = (await strapi.db.query(SUBSCRIPTION).findOne({ where: { documentId: delivery.subscription } })) as Subscription | null;
  if (!subscription || !subscription.enabled || !subscription.secret) {
    const lastError = subscription ? 'The subscription is turned off.' : 'The subscription was deleted.';
    return { outcome: 'dropped' as const, data: { status: 'failed', lastError }, subscription: null, problem: null };
  }
  const body = JSON.stringify(delivery.payload);
  const sentAt = new Date();
  const signature = new Webhook(subscription.secret).sign(delivery.eventId, sentAt, body);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Maine STEN CMS webhooks',
    'webhook-id': delivery.eventId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': signature,
  };
  let problem: Problem | null;
  let answered: number | undefined;
  try {
    const allowed = cmsSettings().WEBHOOKS_ALLOW_PRIVATE ? () => true : (address: string) => !isPrivateAddress(address);
    // Well within the lease, so no other process takes the attempt over while it is running.
    const { status } = await guardedPost(subscription.url, body, headers, { allowed, timeoutMs: Math.min(10_000, leaseMs() / 4) });
    answered = status;
    problem = status >= 200 && status < 300 ? null : { status, error: `answered ${status}` };
  } catch (error) {
    problem = { error: (error as Error).message.slice(0, 500) };
  }
  if (!problem) return { outcome: 'sent' as const, data: { lastStatus: answered, lastError: null }, subscription, problem };
  return { outcome: 'failed' as const, data: { lastStatus: problem.status ?? null, lastError: problem.error }, subscription, problem };
}

/** A subscription's failures in a row: back to 0 on a delivery; too many turn it off. */
async function countFailures(strapi: Core.Strapi, subscription: Subscription, problem: Problem | null): Promise<void> {
  if (!problem) {
    if (subscription.consecutiveFailures) await strapi.db.query(SUBSCRIPTION).update({ where: { id: subscription.id }, data: { consecutiveFailures: 0 } });
    return;
  }
  const failures = (subscription.consecutiveFailures ?? 0) + 1;
  await strapi.db.query(SUBSCRIPTION).update({ where: { id: subscription.id }, data: { consecutiveFailures: failures } });
  if (failures >= cmsSettings().WEBHOOK_MAX_FAILURES) {
    await turnOff(strapi, subscription, `${failures} attempts in a row failed (the last one: ${problem.error}).`);
  }
}

/**
 * One pass over what is due: each delivery is sent by whoever claims it first, so passes running
 * at once in several processes (their cron jobs) send each attempt once. Returns how many it sent.
 */
export async function sendDuePass(strapi: Core.Strapi): Promise<{ due: number; sent: number }> {
  const due = await dueKeys(strapi, DELIVERIES, { orderBy: { id: 'asc' }, limit: 20 });
  let sent = 0;
  for (const id of due) {
    const tried = await tryOne(strapi, DELIVERIES, id, (delivery) => attempt(strapi, delivery));
    if (!tried) continue;
    if (tried.subscription) await countFailures(strapi, tried.subscription, tried.problem);
    sent += 1;
  }
  return { due: due.length, sent };
}

/** The nightly pruning of the delivery log: finished deliveries made before `before`. */
export const pruneDeliveries = (strapi: Core.Strapi, before: Date): Promise<number> => pruneFinished(strapi, DELIVERIES, before);

let running: Promise<void> | null = null;
let again = false;

/**
 * Sends what is due (the cron job, and right after an event is queued). One run at a time in a
 * process; asked again while it runs, it looks once more when done, so no new event waits for cron.
 */
export function sendDueWebhooks(strapi: Core.Strapi): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      for (;;) {
        again = false;
        const { due, sent } = await sendDuePass(strapi);
        if ((due < 20 || sent === 0) && !again) return;
      }
    } finally {
      running = null;
    }
  })();
  return running;
}

/** Queues and sends partner webhooks for every change of public content made in this process. */
export function sendWebhooksOnChanges(strapi: Core.Strapi): void {
  for (const event of WEBHOOK_EVENTS) {
    strapi.eventHub.on(event, async (info: EntryEvent) => {
      try {
        if ((await queueEvent(strapi, event, info)) > 0) void sendDueWebhooks(strapi).catch((error: Error) => strapi.log.warn(`Webhooks: ${error.message}`));
      } catch (error) {
        strapi.log.warn(`Could not queue the partner webhooks of ${event} ${info.uid}: ${(error as Error).message}`);
      }
    });
  }
}
