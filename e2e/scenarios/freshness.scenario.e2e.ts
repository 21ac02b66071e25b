// A publish reaches every web process even when a notice is lost, and an operator can see how the
// site is doing. Real processes: a CMS of its own, sites, a delaying proxy in front of the CMS,
// a Redis of its own that is stopped and started.
import { cpSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { startRedisServer } from '@maine-sten/test-harness/redis-server';
import { startCms, startDelayingProxy, startSite, tempDir, type Running } from '@maine-sten/test-harness/processes';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const READ_TOKEN = 'freshness-read-token-0123456789abcdef';
const WRITE_TOKEN = 'freshness-write-token-0123456789abcdef';
const REVALIDATE_SECRET = 'freshness-revalidate-secret-0123456789';
const METRICS_TOKEN = 'freshness-metrics-token-0123456789';
const CMS_PORT = 1454;
const PORTS = { site: 4201, proxy: 4202, second: 4203, third: 4204, down: 4205, restored: 4206 };
const siteEnv = (cmsUrl: string, extra: Record<string, string> = {}) => ({
  CMS_URL: cmsUrl,
  CMS_READ_TOKEN: READ_TOKEN,
  REVALIDATE_SECRET,
  METRICS_TOKEN,
  CMS_TIMEOUT_MS: '3000',
  // Long: only a notice or the pull can bring a change this fast.
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
/** How long after `since` the site's FAQ page first shows `text` (polled every 50 ms). */
async function shownAfter(request: APIRequestContext, site: string, text: string, since: number, timeoutMs = 10_000): Promise<number> {
  await expect.poll(async () => (await request.get(`${site}/faq`)).text(), { timeout: timeoutMs, intervals: [50] }).toContain(text);
  return Date.now() - since;
}
async function warm(request: APIRequestContext, site: string, text: string) {
  await expect.poll(async () => (await request.get(`${site}/faq`)).text(), { timeout: 20_000 }).toContain(text);
}

test('a refresh held back until after a publish is never kept: the new text within 2 s, not after the TTL', async ({ request }) => {
  // Only content reads are held; the change markers (the pull path) pass.
  const proxy = await startDelayingProxy(PORTS.proxy, cms.url, (method, path) => method === 'POST' && path.startsWith('/graphql'));
  running.push(proxy);
  const site = await startSite(PORTS.site, siteEnv(proxy.url, { CONTENT_TTL_SECONDS: '8' }));
  running.push(site);
  const faq = await firstFaq(request);
  await warm(request, site.url, faq.question);

  await new Promise((resolve) => setTimeout(resolve, 8500)); // everything cached has expired
  proxy.hold();
  // Served at once from the expired copy; its refresh reaches the CMS and is held.
  expect(await (await request.get(`${site.url}/faq`)).text()).toContain(faq.question);
  await expect.poll(() => proxy.held(), { timeout: 5000 }).toBeGreaterThan(0);
  const published = await publishFaq(request, faq.documentId, 'Held back, then published?');
  await new Promise((resolve) => setTimeout(resolve, 1200)); // the notice and the pull both came meanwhile
  proxy.release(); // the old answer arrives after the change
  const ms = await shownAfter(request, site.url, 'Held back, then published?', published, 5000);
  console.log(`freshness: publish during a held refresh shown after ${ms} ms (TTL 8 s)`);
  expect(ms).toBeLessThan(2000 + 1200);
  // And it stays: the old answer was not stored as fresh.
  for (let i = 0; i < 3; i += 1) expect(await (await request.get(`${site.url}/faq`)).text()).toContain('Held back, then published?');
});

test('notices lost on purpose (no notice URL, Redis down, then up): a publish on two web processes within 2 s', async ({ request }) => {
  const redis = await startRedisServer();
  await redis.stop(); // REDIS_URL set, Redis down
  const env = { REDIS_URL: redis.url };
  const sites = await Promise.all([startSite(PORTS.second, siteEnv(cms.url, env)), startSite(PORTS.third, siteEnv(cms.url, env))]);
  running.push(...sites);
  const faq = await firstFaq(request);
  for (const site of sites) await warm(request, site.url, faq.question);
  // Neither site gets the CMS's notice (it goes to the first site's port only).
  let published = await publishFaq(request, faq.documentId, 'Seen with every notice lost?');
  for (const site of sites) {
    const ms = await shownAfter(request, site.url, 'Seen with every notice lost?', published);
    console.log(`freshness: no notice, Redis down: ${site.url} shows the publish after ${ms} ms`);
    expect(ms).toBeLessThan(2000);
  }

  const again = await startRedisServer(redis.port);
  running.push({ url: again.url, stop: again.stop });
  await new Promise((resolve) => setTimeout(resolve, 5500)); // the clients reconnect (5 s at most)
  published = await publishFaq(request, faq.documentId, 'Seen with Redis back?');
  for (const site of sites) {
    const ms = await shownAfter(request, site.url, 'Seen with Redis back?', published);
    console.log(`freshness: no notice, Redis back: ${site.url} shows the publish after ${ms} ms`);
    expect(ms).toBeLessThan(2000);
  }
  const metrics = await request.get(`${sites[0]!.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const pulled = parsePrometheusTextFormat(await metrics.text()).find((family) => family.name === 'site_change_notices_total');
  expect(Number(pulled?.metrics.find((metric) => metric.labels?.via === 'pull')?.value ?? 0)).toBeGreaterThanOrEqual(2);
});

test('a web process stopped during a publish shows it within 2 s of /readyz turning 200', async ({ request }) => {
  const snapshot = tempDir('freshness-restart-');
  let site = await startSite(PORTS.restored, siteEnv(cms.url, { CONTENT_SNAPSHOT_DIR: snapshot }));
  const faq = await firstFaq(request);
  await warm(request, site.url, faq.question);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // the snapshot (and its markers) on disk
  await site.stop();
  await publishFaq(request, faq.documentId, 'Published while the site was down?');
  site = await startSite(PORTS.restored, siteEnv(cms.url, { CONTENT_SNAPSHOT_DIR: snapshot }));
  running.push(site);
  await expect.poll(async () => (await request.get(`${site.url}/readyz`)).status(), { timeout: 10_000, intervals: [20] }).toBe(200);
  const ready = Date.now();
  const ms = await shownAfter(request, site.url, 'Published while the site was down?', ready);
  console.log(`freshness: restarted after a publish, shown ${ms} ms after /readyz said 200`);
  expect(ms).toBeLessThan(2000);
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
  await warm(request, writer.url, (await firstFaq(request)).question);
  await new Promise((resolve) => setTimeout(resolve, 1500));
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
  const scrape = async () => {
    const response = await request.get(`${site.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status()).toBe(200);
    const families = parsePrometheusTextFormat(await response.text());
    return (name: string, labels: Record<string, string> = {}) =>
      Number(families.find((family) => family.name === name)?.metrics.find((metric) => Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value))?.value ?? 0);
  };
  await warm(request, site.url, (await firstFaq(request)).question);
  const before = await scrape();
  await request.get(`${site.url}/faq?metrics-test`); // a page never asked for: a miss…
  await request.get(`${site.url}/faq?metrics-test`); // …then a hit
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
  // Written within half a second of the first content load (debounced): it may be a moment away.
  await expect.poll(async () => (await scrape())('site_snapshot_age_seconds'), { timeout: 5000 }).toBeGreaterThanOrEqual(0);
  const text = await (await request.get(`${site.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  expect(text).not.toContain('metrics-test'); // no path or query in any label
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
      request.get(`${site.url}${file.url}?n=${i}`, { timeout: 15_000 }).then(
        (response) => response.status(),
        () => 0,
      ),
    ),
  );
  await expect.poll(() => proxy.held(), { timeout: 5000 }).toBe(20);
  site.signal('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  proxy.release();
  expect(await burst).toEqual(Array(20).fill(200));
  expect(await site.exited).toBe(0);
  expect(site.output()).toContain('[stop] every request in flight was answered');
});
