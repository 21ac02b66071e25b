// Partner webhooks (api::partner-webhook): on a publish, unpublish or delete of public content, a
// small JSON event — what changed, never the content of a form submission — is queued for every
// enabled subscription that wants that type and language (api::webhook-delivery, the delivery log
// editors read), then sent signed per Standard Webhooks (webhook-id, webhook-timestamp,
// webhook-signature). A failed attempt is tried again after WEBHOOK_RETRY_SECONDS, then four times
// longer each time (at most 8 hours apart), for 24 hours. Each attempt is claimed by one CMS
// process first (like the form emails), so with any number of processes an event is sent once at a
// time and, once delivered, never again. WEBHOOK_MAX_FAILURES failed attempts in a row turn the
// subscription off, and staff are emailed.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { Webhook } from 'standardwebhooks';
import { PUBLIC_MODELS } from '../api/content-change/controllers/content-change';
import { recipients } from '../hotline/notices';
import { cmsSettings } from '../settings';
import { claimMs, smtpConfigured } from '../submissions/email';
import * as clock from '../utils/clock';
import { newDocumentId } from '../utils/document-id';
import { guardedPost, isPrivateAddress } from './address';

export const SUBSCRIPTION = 'api::partner-webhook.partner-webhook' as const;
export const DELIVERY = 'api::webhook-delivery.webhook-delivery' as const;
export const WEBHOOK_EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete'] as const;
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;
const LONGEST_PAUSE_MS = 8 * 60 * 60 * 1000;

/** The public types a subscription may ask for, by the switch that asks for them. */
const SWITCHES = {
  page: 'pages',
  faq: 'questions',
  resource: 'resources',
  'council-agency': 'agencies',
  'guiding-principle': 'principles',
  'site-setting': 'siteSettings',
} as const satisfies Record<keyof typeof PUBLIC_MODELS, string>;
type Model = keyof typeof SWITCHES;
const MODEL_OF_UID = new Map(Object.entries(PUBLIC_MODELS).map(([model, uid]) => [uid as string, model as Model]));

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
  attempts: number;
  createdAt: string | Date;
}

interface EntryEvent {
  uid?: string;
  entry?: { documentId?: string; locale?: string | null; slug?: string | null };
}

const wants = (subscription: Subscription, model: Model, locale: string) => {
  if (subscription[SWITCHES[model]] === false) return false;
  const languages = (subscription.languages ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  return languages.length === 0 || languages.includes(locale);
};

/** Pause before the next attempt, after `attempts` have failed. */
export const nextPauseMs = (attempts: number) => Math.min(cmsSettings().WEBHOOK_RETRY_SECONDS * 1000 * 4 ** Math.max(0, attempts - 1), LONGEST_PAUSE_MS);

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

/** Takes the attempt for this process: of several processes trying at once, exactly one gets it. */
async function claim(strapi: Core.Strapi, id: number): Promise<boolean> {
  const now = clock.now();
  const { count } = await strapi.db
    .query(DELIVERY)
    .updateMany({ where: { id, status: 'pending', nextAttemptAt: { $lte: now } }, data: { nextAttemptAt: new Date(now.getTime() + claimMs()) } });
  return count === 1;
}

async function turnOff(strapi: Core.Strapi, subscription: Subscription, reason: string): Promise<void> {
  const { count } = await strapi.db.query(SUBSCRIPTION).updateMany({ where: { id: subscription.id, enabled: true }, data: { enabled: false, disabledReason: reason } });
  if (count !== 1) return; // another process turned it off (and told staff) already
  strapi.log.warn(`Partner webhook "${subscription.name}" turned off: ${reason}`);
  if (!smtpConfigured()) return;
  const admin = `${cmsSettings().CMS_PUBLIC_URL ?? ''}/admin/content-manager/collection-types/${SUBSCRIPTION}/${subscription.documentId}`;
  await strapi
    .plugin('email')
    .service('email')
    .send({
      to: (await recipients(strapi)).join(', '),
      subject: `Partner webhook turned off: ${subscription.name}`,
      text: `The CMS turned off the partner webhook "${subscription.name}" (${subscription.url}): ${reason}\n\nEvents for it are no longer sent. Once the partner has fixed their side, turn "Enabled" on again:\n${admin}\n`,
    })
    .catch((error: Error) => strapi.log.warn(`Could not email staff about the webhook "${subscription.name}": ${error.message}`));
}

/** One attempt of one delivery, already claimed. */
async function attempt(strapi: Core.Strapi, delivery: Delivery): Promise<void> {
  const settings = cmsSettings();
  const subscription = (await strapi.db.query(SUBSCRIPTION).findOne({ where: { documentId: delivery.subscription } })) as Subscription | null;
  const attempts = delivery.attempts + 1;
  if (!subscription || !subscription.enabled || !subscription.secret) {
    await strapi.db.query(DELIVERY).update({
      where: { id: delivery.id },
      data: { status: 'failed', lastError: subscription ? 'The subscription is turned off.' : 'The subscription was deleted.', nextAttemptAt: null },
    });
    return;
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
  let problem: { status?: number; error: string } | null;
  let answered: number | undefined;
  try {
    const allowed = settings.WEBHOOKS_ALLOW_PRIVATE ? () => true : (address: string) => !isPrivateAddress(address);
    // Well within the claim, so no other process takes the attempt over while it is running.
    const { status } = await guardedPost(subscription.url, body, headers, { allowed, timeoutMs: Math.min(10_000, claimMs() / 4) });
    answered = status;
    problem = status >= 200 && status < 300 ? null : { status, error: `answered ${status}` };
  } catch (error) {
    problem = { error: (error as Error).message.slice(0, 500) };
  }
  if (!problem) {
    await strapi.db.query(DELIVERY).update({
      where: { id: delivery.id },
      data: { status: 'delivered', attempts, lastStatus: answered, lastError: null, deliveredAt: new Date(), nextAttemptAt: null },
    });
    if (subscription.consecutiveFailures) await strapi.db.query(SUBSCRIPTION).update({ where: { id: subscription.id }, data: { consecutiveFailures: 0 } });
    return;
  }
  const next = clock.nowMs() + nextPauseMs(attempts);
  const givingUp = next - new Date(delivery.createdAt).getTime() > GIVE_UP_AFTER_MS;
  await strapi.db.query(DELIVERY).update({
    where: { id: delivery.id },
    data: {
      status: givingUp ? 'failed' : 'pending',
      attempts,
      lastStatus: problem.status ?? null,
      lastError: problem.error,
      nextAttemptAt: givingUp ? null : new Date(next),
    },
  });
  const failures = (subscription.consecutiveFailures ?? 0) + 1;
  await strapi.db.query(SUBSCRIPTION).update({ where: { id: subscription.id }, data: { consecutiveFailures: failures } });
  if (failures >= settings.WEBHOOK_MAX_FAILURES) {
    await turnOff(strapi, subscription, `${failures} attempts in a row failed (the last one: ${problem.error}).`);
  }
}

/**
 * One pass over what is due: each delivery is sent by whoever claims it first, so passes running
 * at once in several processes (their cron jobs) send each attempt once. Returns how many it sent.
 */
export async function sendDuePass(strapi: Core.Strapi): Promise<{ due: number; sent: number }> {
  const due = (await strapi.db.query(DELIVERY).findMany({
    where: { status: 'pending', nextAttemptAt: { $lte: clock.now() } },
    orderBy: { id: 'asc' },
    limit: 20,
  })) as Delivery[];
  let sent = 0;
  for (const delivery of due) {
    if (!(await claim(strapi, delivery.id))) continue;
    await attempt(strapi, delivery);
    sent += 1;
  }
  return { due: due.length, sent };
}

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
