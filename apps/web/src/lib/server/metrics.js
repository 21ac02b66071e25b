// @ts-check
// What an operator watches (docs/operations.md, "Metrics and alerts"), in the Prometheus text format with
// prom-client, on GET /metrics of server.js: only with `Authorization: Bearer <METRICS_TOKEN>`, and
// not at all without METRICS_TOKEN. Labels are route templates, statuses, reasons and content
// types: never a path, an address or anything a visitor typed. One registry per process, shared by
// server.js and the SvelteKit app through a global symbol (as the output cache is). Plain
// JavaScript so that server.js can import it as it is.
import { createHash, timingSafeEqual } from 'node:crypto';
import client from 'prom-client';

const SHARED = Symbol.for('maine-sten.metrics');
/** server.js puts the request's route template here (the hooks set it through adapter-node's `platform.req`). */
export const ROUTE = Symbol.for('maine-sten.route');

/** @typedef {'fresh' | 'stale' | 'load'} ContentServe */
/** @typedef {'push' | 'broadcast' | 'pull'} NoticeVia */

function create() {
  const register = new client.Registry();
  client.collectDefaultMetrics({ register, prefix: 'site_process_' });
  /** Values read at each scrape, set by the modules that know them. */
  /** @type {{ circuitOpen: () => number, snapshotSavedAt: () => number, ready: () => boolean, outbox: () => { entries: number, oldestQueuedAt: number | null } }} */
  const readings = { circuitOpen: () => 0, snapshotSavedAt: () => 0, ready: () => false, outbox: () => ({ entries: 0, oldestQueuedAt: null }) };
  return {
    register,
    readings,
    requests: new client.Counter({ name: 'site_http_requests_total', help: 'HTTP requests answered, by route template and status', labelNames: ['route', 'status'], registers: [register] }),
    outputCache: new client.Counter({ name: 'site_output_cache_requests_total', help: 'Page requests by output-cache result (hit: answered from memory, miss: rendered)', labelNames: ['result'], registers: [register] }),
    contentCache: new client.Counter({ name: 'site_content_cache_reads_total', help: 'Content reads by result: fresh (cached), stale (cached, refreshing in the background), load (waited for the CMS)', labelNames: ['result'], registers: [register] }),
    refreshFailures: new client.Counter({ name: 'site_content_refresh_failures_total', help: 'Background refreshes of cached content that failed (the stale copy was served)', registers: [register] }),
    cmsLatency: new client.Histogram({ name: 'site_cms_request_duration_seconds', help: 'How long the CMS took to answer the site, by what was read', labelNames: ['content'], buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [register] }),
    notices: new client.Counter({ name: 'site_change_notices_total', help: 'Content changes learned, by how: push (the CMS notice), broadcast (another web process, Redis), pull (this process asked the CMS)', labelNames: ['via'], registers: [register] }),
    formPosts: new client.Counter({ name: 'site_form_posts_total', help: 'Form posts by form and outcome (accepted, or why not)', labelNames: ['form', 'outcome'], registers: [register] }),
    limitRefusals: new client.Counter({ name: 'site_rate_limit_refusals_total', help: 'Requests refused with 429, by limit', labelNames: ['limit'], registers: [register] }),
    circuit: new client.Gauge({ name: 'site_cms_circuit_open', help: '1 while the site is not asking the CMS after failures (known content is served)', registers: [register], collect() { this.set(readings.circuitOpen()); } }),
    snapshotAge: new client.Gauge({ name: 'site_snapshot_age_seconds', help: 'Age of the content snapshot on disk (-1: none yet)', registers: [register], collect() { const at = readings.snapshotSavedAt(); this.set(at > 0 ? (Date.now() - at) / 1000 : -1); } }),
    outboxEntries: new client.Gauge({ name: 'site_outbox_entries', help: 'Form submissions kept for the CMS while it could not take them (delivered when it answers again)', registers: [register], collect() { this.set(readings.outbox().entries); } }),
    outboxAge: new client.Gauge({ name: 'site_outbox_oldest_age_seconds', help: 'Age of the oldest submission waiting in the outbox (0: none)', registers: [register], collect() { const at = readings.outbox().oldestQueuedAt; this.set(at === null ? 0 : (Date.now() - at) / 1000); } }),
    readiness: new client.Gauge({ name: 'site_ready', help: '1 once the site knows its content (from the CMS or the snapshot), as /readyz', registers: [register], collect() { this.set(readings.ready() ? 1 : 0); } }),
  };
}

/** The process's metrics. */
export function metrics() {
  const scope = /** @type {Record<symbol, ReturnType<typeof create> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (scope[SHARED] ??= create());
}

/** @param {NoticeVia} via */
export const noteChangeNotice = (via) => metrics().notices.inc({ via });

/** @param {string} form @param {string} outcome */
export const noteFormPost = (form, outcome) => metrics().formPosts.inc({ form, outcome });

const digest = (/** @type {string} */ value) => createHash('sha256').update(value).digest();

/**
 * Whether a request may read /metrics: a Bearer token equal to METRICS_TOKEN (compared in
 * constant time). Without METRICS_TOKEN nobody may.
 * @param {string | undefined} authorization @param {string | undefined} token
 */
export function mayReadMetrics(authorization, token) {
  if (!token) return false;
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}
