// What an operator watches on the CMS (docs/operations.md, "Metrics and alerts"), in the Prometheus text
// format with prom-client, on GET /metrics: only with `Authorization: Bearer <METRICS_TOKEN>`,
// not at all without METRICS_TOKEN. Labels are route templates, statuses and content types, never
// a path, an address or anything a visitor sent. The form emails waiting are read from the
// database at each scrape, so every CMS process reports the whole cluster's.
import type { Core } from '@strapi/strapi';
import client from 'prom-client';
import { RETRY_WINDOW_MS } from './mail/send';
import { FORM_FIELDS, NEWSLETTER, type SubmissionUid } from './submissions/fields';

export const register = new client.Registry();
client.collectDefaultMetrics({ register, prefix: 'cms_process_' });

export const requests = new client.Counter({
  name: 'cms_http_requests_total',
  help: 'HTTP requests answered, by route template and status',
  labelNames: ['route', 'status'],
  registers: [register],
});
export const rateLimitRefusals = new client.Counter({
  name: 'cms_rate_limit_refusals_total',
  help: 'Content API requests refused with 429, by who asked (anonymous per address, partner per token)',
  labelNames: ['caller'] as const,
  registers: [register],
});
export const apiResponseCache = new client.Counter({
  name: 'cms_api_response_cache_total',
  help: 'Published-content reads of the content API answered from the response cache (hit) or not (miss)',
  labelNames: ['result'] as const,
  registers: [register],
});
export const siteNotices = new client.Counter({
  name: 'cms_site_notices_total',
  help: 'Change notices to the website, by outcome (sent, retried, given up)',
  labelNames: ['outcome'],
  registers: [register],
});

let current: Core.Strapi | null = null;
/** The form emails of this Strapi are the ones reported (set at bootstrap). */
export const watchUnsentEmails = (strapi: Core.Strapi) => (current = strapi);

interface Unsent {
  count: number;
  oldestSeconds: number;
}

/** One read per scrape for both gauges (prom-client collects them at the same time). */
let reading: { strapi: Core.Strapi; at: number; result: Promise<Map<string, Unsent>> } | null = null;
function readUnsent(strapi: Core.Strapi): Promise<Map<string, Unsent>> {
  if (reading && reading.strapi === strapi && Date.now() - reading.at < 1000) return reading.result;
  const result = (async () => {
    const unsent = new Map<string, Unsent>();
    for (const uid of Object.keys(FORM_FIELDS) as SubmissionUid[]) {
      const where = {
        emailSentAt: { $null: true },
        createdAt: { $gt: new Date(Date.now() - RETRY_WINDOW_MS) },
        ...(uid === NEWSLETTER ? { confirmedAt: { $null: true } } : {}),
      };
      const [first] = (await strapi.db.query(uid).findMany({ where, select: ['createdAt'], orderBy: { createdAt: 'asc' }, limit: 1 })) as { createdAt: string }[];
      unsent.set(uid.split('.').pop()!, {
        count: await strapi.db.query(uid).count({ where }),
        oldestSeconds: first ? (Date.now() - new Date(first.createdAt).getTime()) / 1000 : 0,
      });
    }
    return unsent;
  })();
  reading = { strapi, at: Date.now(), result };
  return result;
}

const unsentGauge = (name: string, help: string, value: (unsent: Unsent) => number) =>
  new client.Gauge({
    name,
    help,
    labelNames: ['type'],
    registers: [register],
    async collect() {
      if (!current) return;
      for (const [type, unsent] of await readUnsent(current)) this.set({ type }, value(unsent));
    },
  });

unsentGauge('cms_form_emails_unsent', 'Form emails not sent yet (still being tried, for a week at most)', (unsent) => unsent.count);
unsentGauge('cms_form_email_oldest_unsent_seconds', 'Age of the oldest form email not sent yet (0 when none)', (unsent) => unsent.oldestSeconds);
