// A publish reaches every web process even when a notice is lost, and an operator can see how the
// site is doing. Real processes: a CMS of its own, sites, proxies in front of the CMS that hold its
// answers back, a Redis of its own that is stopped and started. Nothing here waits for a while: each
// step waits for what it is about (a held query, a counter, the snapshot on disk, a closed port).
import { cpSync } from 'node:fs';
import net from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startRedisServer } from '@maine-sten/test-harness/redis-server';
import { startCms, startDelayingProxy, startSite, tempDir, type Running } from '@maine-sten/test-harness/processes';
import { englishPageKeys, scrapeMetrics, snapshotWith, startHoldingProxy, subscribers } from './support';

test.describe.configure({ mode: 'serial' });

const READ_TOKEN = 'freshness-read-token-0123456789abcdef';
const WRITE_TOKEN = 'freshness-write-token-0123456789abcdef';
const REVALIDATE_SECRET = 'freshness-revalidate-secret-0123456789';
const METRICS_TOKEN = 'freshness-metrics-token-0123456789';
const CMS_PORT = 1454;
const PORTS = { site: 4201, proxy: 4202, second: 4203, third: 4204, down: 4205, restored: 4206, writer: 4208 };
/** What the FAQ page needs, as cache keys: a copy of a snapshot with these serves it without the CMS. */
const FAQ_PAGE_KEYS = englishPageKeys('faq', ['faqs']);
/**
 * How long a poll waits for a publish. Every site here keeps content 300 s, so whatever arrives
 * before that came by the mechanism under test; how fast it came is logged, and measured by
 * `pnpm bench`, never asserted.
 */
const ARRIVES_WITHIN = 60_000;
const siteEnv = (cmsUrl: string, extra: Record<string, string> = {}) => ({
  CMS_URL: cmsUrl,
  CMS_READ_TOKEN: READ_TOKEN,
  REVALIDATE_SECRET,
  METRICS_TOKEN,
  // Longer than any answer is held back here: a held answer comes late, it never fails (a failure
  // would pause every request to the CMS, and what the test sees would depend on how long it held).
  CMS_TIMEOUT_MS: String(10 * 60_000),
  // Longer than any wait here: only a notice or the pull can bring a change.
  CONTENT_TTL_SECONDS: '300',
  CONTENT_SNAPSHOT_DIR: tempDir('freshness-snapshot-'),
  ...extra,
});

let cms: Running;
const running: Running[] = [];
test.beforeAll(async () => {
  cms = await startCms(CMS_PORT, {
    CMS_READ_TOKEN: READ_TOKEN,
    E2E_WRITE_TOKEN: WRITE_TOKEN,
    REVALIDATE_SECRET,
    // The CMS's notices go to the first site; the scenarios that lose them point it elsewhere.
    SITE_REVALIDATE_URL: `http://127.0.0.1:${PORTS.site}/api/revalidate`,
    SITE_URL: `http://127.0.0.1:${PORTS.site}`,
  });
});
test.afterAll(async () => {
  for (const process of running.reverse()) await process.stop();
  await cms?.stop();
});

async function firstFaq(request: APIRequestContext) {
  const response = await request.get(`${cms.url}/api/faqs?sort=order&pagination[pageSize]=1`, { headers: { authorization: `Bearer ${WRITE_TOKEN}` } });
  return ((await response.json()) as { data: { documentId: string; question: string }[] }).data[0]!;
}
async function publishFaq(request: APIRequestContext, documentId: string, question: string): Promise<number> {
  const response = await request.put(`${cms.url}/api/faqs/${documentId}?status=published`, {
    headers: { authorization: `Bearer ${WRITE_TOKEN}` },
    data: { data: { question } },
  });
  expect(response.status()).toBe(200);
  return Date.now();
}
/** How long after `since` the site's FAQ page first shows `text`: logged, never asserted. */
async function shownAfter(request: APIRequestContext, site: string, text: string, since: number): Promise<number> {
  await expect.poll(async () => (await request.get(`${site}/faq`)).text(), { timeout: ARRIVES_WITHIN, intervals: [50] }).toContain(text);
  return Date.now() - since;
}
async function warm(request: APIRequestContext, site: string, text: string) {
  await expect.poll(async () => (await request.get(`${site}/faq`)).text(), { timeout: ARRIVES_WITHIN }).toContain(text);
}
const metricsOf = (request: APIRequestContext, site: string) => scrapeMetrics(request, site, METRICS_TOKEN);
const NOTICES = 'site_change_notices_total';
/** The query for the English FAQ list (packages/content-client/src/queries/faqs.graphql). */
const isEnglishFaqs = (body: string) => /query Faqs\b/.test(body) && /"locale":"en"/.test(body);

/** Whether nothing listens on the port any more (a stopping server closed it). */
const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

test('a refresh held back until after a publish is never kept: the publish shows, not the older answer', async ({ request }) => {
  // Copies that have expired, without waiting out a TTL: a snapshot's entries come back expired
  // (served at once, refreshed on first use), while whatever the site loads is good for 300 s.
  const snapshot = tempDir('freshness-held-');
  const writer = await startSite(PORTS.writer, siteEnv(cms.url, { CONTENT_SNAPSHOT_DIR: snapshot }));
  running.push(writer);
  const faq = await firstFaq(request);
  await warm(request, writer.url, faq.question);
  await snapshotWith(snapshot, FAQ_PAGE_KEYS);
  await writer.stop();

  // Held from the start: every refresh of the restored copies reaches the CMS at once and its
  // answer waits at the proxy. The change markers (the pull path) pass.
  const proxy = await startHoldingProxy(PORTS.proxy, cms.url);
  running.push(proxy);
  proxy.hold();
  const site = await startSite(PORTS.site, siteEnv(proxy.url, { CONTENT_SNAPSHOT_DIR: snapshot }));
  running.push(site);
  // Served at once from the expired copy; the refresh of the FAQ list read the CMS before the publish.
  expect(await (await request.get(`${site.url}/faq`)).text()).toContain(faq.question);
  await expect.poll(() => proxy.held().filter(isEnglishFaqs).length, { timeout: ARRIVES_WITHIN }).toBe(1);
  const before = await metricsOf(request, site.url);
  const published = await publishFaq(request, faq.documentId, 'Held back, then published?');
  // Both ways of learning of it are done before the old answer arrives: neither can come later and
  // drop an old answer that was wrongly kept.
  await expect
    .poll(async () => {
      const now = await metricsOf(request, site.url);
      return (['push', 'pull'] as const).filter((via) => now(NOTICES, { via }) > before(NOTICES, { via }));
    }, { timeout: ARRIVES_WITHIN })
    .toEqual(['push', 'pull']);
  proxy.release(); // the old answer arrives after the change
  const ms = await shownAfter(request, site.url, 'Held back, then published?', published);
  console.log(`freshness: publish during a held refresh shown after ${ms} ms (TTL 300 s)`);
  // And it stays: the old answer was not stored as fresh.
  for (let i = 0; i < 3; i += 1) expect(await (await request.get(`${site.url}/faq`)).text()).toContain('Held back, then published?');
});

test('notices lost on purpose (no notice URL, Redis down, then up): a publish reaches two web processes by their own checks', async ({ request }) => {
  const redis = await startRedisServer();
  await redis.stop(); // REDIS_URL set, Redis down
  const env = { REDIS_URL: redis.url };
  const sites = await Promise.all([startSite(PORTS.second, siteEnv(cms.url, env)), startSite(PORTS.third, siteEnv(cms.url, env))]);
  running.push(...sites);
  const faq = await firstFaq(request);
  for (const site of sites) await warm(request, site.url, faq.question);
  // Neither site gets the CMS's notice (it goes to the first site's port only), nor Redis's.
  let published = await publishFaq(request, faq.documentId, 'Seen with every notice lost?');
  for (const site of sites) {
    const ms = await shownAfter(request, site.url, 'Seen with every notice lost?', published);
    console.log(`freshness: no notice, Redis down: ${site.url} shows the publish after ${ms} ms`);
  }

  const again = await startRedisServer(redis.port);
  running.push({ url: again.url, stop: again.stop });
  // Both web processes listen on Redis again (each client reconnects with its own back-off).
  await expect.poll(() => subscribers(again.port, 'maine-sten:content-changed'), { timeout: ARRIVES_WITHIN }).toBe(2);
  published = await publishFaq(request, faq.documentId, 'Seen with Redis back?');
  for (const site of sites) {
    const ms = await shownAfter(request, site.url, 'Seen with Redis back?', published);
    console.log(`freshness: no notice, Redis back: ${site.url} shows the publish after ${ms} ms`);
  }
  expect((await metricsOf(request, sites[0]!.url))(NOTICES, { via: 'pull' })).toBeGreaterThanOrEqual(2);
});

test('a web process stopped during a publish drops the old copy at its first check of the CMS', async ({ request }) => {
  const snapshot = tempDir('freshness-restart-');
  let site = await startSite(PORTS.restored, siteEnv(cms.url, { CONTENT_SNAPSHOT_DIR: snapshot }));
  running.push(site);
  const faq = await firstFaq(request);
  await warm(request, site.url, faq.question);
  await snapshotWith(snapshot, FAQ_PAGE_KEYS); // with the markers its content was read at
  await site.stop();
  await publishFaq(request, faq.documentId, 'Published while the site was down?');
  site = await startSite(PORTS.restored, siteEnv(cms.url, { CONTENT_SNAPSHOT_DIR: snapshot }));
  running.push(site);
  await expect.poll(async () => (await request.get(`${site.url}/readyz`)).status(), { timeout: ARRIVES_WITHIN, intervals: [20] }).toBe(200);
  const ready = Date.now();
  // Its first check compares the snapshot's markers with the CMS's: the FAQs changed.
  await expect.poll(async () => (await metricsOf(request, site.url))(NOTICES, { via: 'pull' }), { timeout: ARRIVES_WITHIN, intervals: [20] }).toBeGreaterThan(0);
  console.log(`freshness: restarted after a publish, its first check dropped the old copy ${Date.now() - ready} ms after /readyz said 200`);
  // So the first visitor after it gets the publish, not the copy from before the stop (which a
  // restored copy would still be, served while it refreshes).
  expect(await (await request.get(`${site.url}/faq`)).text()).toContain('Published while the site was down?');
});

test('/readyz: 503 with the CMS down and no snapshot, 200 with a snapshot; /healthz never asks the CMS', async ({ request }) => {
  const nowhere = 'http://127.0.0.1:9';
  const empty = await startSite(PORTS.down, siteEnv(nowhere));
  running.push(empty);
  expect((await request.get(`${empty.url}/healthz`)).status()).toBe(200);
  const notReady = await request.get(`${empty.url}/readyz`);
  expect(notReady.status()).toBe(503);
  expect(notReady.headers()['cache-control']).toBe('no-store');
  await empty.stop();

  // A copy of a snapshot another process wrote: ready at once, though the CMS is down.
  const warmDir = tempDir('freshness-ready-');
  const writer = await startSite(PORTS.down, siteEnv(cms.url, { CONTENT_SNAPSHOT_DIR: warmDir }));
  running.push(writer);
  await warm(request, writer.url, (await firstFaq(request)).question);
  await snapshotWith(warmDir, ['settings:en']); // what readiness needs
  await writer.stop();
  const copy = tempDir('freshness-ready-copy-');
  cpSync(warmDir, copy, { recursive: true });
  const withSnapshot = await startSite(PORTS.down, siteEnv(nowhere, { CONTENT_SNAPSHOT_DIR: copy }));
  running.push(withSnapshot);
  expect((await request.get(`${withSnapshot.url}/readyz`)).status()).toBe(200);
  // Neither endpoint is counted as a page or logged.
  expect(withSnapshot.output()).not.toMatch(/readyz|healthz/);
});

test('/metrics: 401 without the token; with it, Prometheus text whose counters move as the site works', async ({ request }) => {
  const site = await startSite(PORTS.down + 10, siteEnv(cms.url, { FORMS_RATE_LIMIT: '1' }));
  running.push(site);
  expect((await request.get(`${site.url}/metrics`)).status()).toBe(401);
  expect((await request.get(`${site.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status()).toBe(401);
  const scrape = () => metricsOf(request, site.url);
  await warm(request, site.url, (await firstFaq(request)).question);
  const before = await scrape();
  // A page never asked for (a resource category is part of what a page is kept by; other query
  // parameters are not, and an unknown category is a 400): a miss…
  await request.get(`${site.url}/faq?category=videoSeries`);
  await request.get(`${site.url}/faq?category=videoSeries`); // …then a hit
  const bot = () => request.post(`${site.url}/contact`, { form: { name: '' }, headers: { origin: site.url, accept: 'text/html' }, maxRedirects: 0 });
  expect((await bot()).status()).toBe(303);
  expect((await bot()).status()).toBe(429); // FORMS_RATE_LIMIT=1
  expect((await request.post(`${site.url}/contact`, { form: { name: '' }, headers: { origin: 'https://elsewhere.example', accept: 'text/html' }, maxRedirects: 0 })).status()).toBe(403);
  const after = await scrape();
  expect(after('site_output_cache_requests_total', { result: 'miss' })).toBe(before('site_output_cache_requests_total', { result: 'miss' }) + 1);
  expect(after('site_output_cache_requests_total', { result: 'hit' })).toBe(before('site_output_cache_requests_total', { result: 'hit' }) + 1);
  expect(after('site_form_posts_total', { form: 'contact', outcome: 'bot' })).toBe(1);
  expect(after('site_form_posts_total', { form: 'any', outcome: 'rate-limited' })).toBe(1);
  expect(after('site_form_posts_total', { form: 'any', outcome: 'cross-site' })).toBe(1);
  expect(after('site_rate_limit_refusals_total', { limit: 'forms' })).toBe(1);
  expect(after('site_http_requests_total', { route: '/[slug=slug]', status: '200' })).toBeGreaterThan(0);
  expect(after('site_content_cache_reads_total', { result: 'fresh' })).toBeGreaterThan(before('site_content_cache_reads_total', { result: 'fresh' }));
  expect(after('site_cms_circuit_open')).toBe(0);
  expect(after('site_ready')).toBe(1);
  // The snapshot is written a moment after the first content load (debounced).
  await expect.poll(async () => (await scrape())('site_snapshot_age_seconds'), { timeout: ARRIVES_WITHIN }).toBeGreaterThanOrEqual(0);
  const text = await (await request.get(`${site.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  expect(text).not.toContain('videoSeries'); // no path or query in any label
  expect(text).not.toContain('127.0.0.1');
});

test('SIGTERM in the middle of a burst: every request in flight is answered, then the site exits 0', async ({ request }) => {
  // Uploads are proxied to the CMS, uncached: held at the proxy, they are in flight when the signal comes.
  const upload = await fetch(`${cms.url}/api/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${WRITE_TOKEN}` },
    body: (() => {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(Buffer.from('%PDF-1.4 sigterm\n%%EOF\n'))], { type: 'application/pdf' }), 'sigterm.pdf');
      form.append('fileInfo', JSON.stringify({ alternativeText: 'A file' }));
      return form;
    })(),
  });
  const [file] = (await upload.json()) as [{ url: string }];
  const proxy = await startDelayingProxy(PORTS.proxy + 10, cms.url, (method, path) => path.startsWith('/uploads/'));
  running.push(proxy);
  const site = await startSite(PORTS.proxy + 11, siteEnv(proxy.url));
  await warm(request, site.url, (await firstFaq(request)).question);
  proxy.hold();
  const burst = Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      request.get(`${site.url}${file.url}?n=${i}`, { timeout: ARRIVES_WITHIN }).then(
        (response) => response.status(),
        () => 0,
      ),
    ),
  );
  await expect.poll(() => proxy.held(), { timeout: ARRIVES_WITHIN }).toBe(20);
  site.signal('SIGTERM');
  // The answers are let go only once the stopping site takes no new connection.
  await expect.poll(() => refusesConnections(PORTS.proxy + 11), { timeout: ARRIVES_WITHIN, intervals: [20] }).toBe(true);
  proxy.release();
  expect(await burst).toEqual(Array(20).fill(200));
  expect(await site.exited).toBe(0);
  expect(site.output()).toContain('[stop] every request in flight was answered');
});
