// What the content layer promises when the CMS misbehaves, tried with real processes: the site keeps
// every published page when the CMS is killed, hangs, or is down while the site restarts; it picks
// up new content when the CMS is back; several web processes stay in step through Redis; and a
// draft seen in preview never lands in the snapshot or the output cache. Each step waits for what
// it is about (a refresh reaching the hanging CMS, the snapshot's keys, a publish on the page),
// never for a while, and no answer time is asserted.
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { CMS_PORT, HOTLINE } from '../helpers';
import { startCms, startSite, tempDir, type Running } from '@maine-sten/test-harness/processes';
import { PATIENT_WITH_THE_CMS, snapshotWith, startHangingCms } from './support';

// Room for two CMS starts (startCms allows 120 s each, the run's first seeds the template) and the waits below.
test.describe.configure({ mode: 'serial', timeout: 420_000 });

const PATHS = ['/', '/get-help', '/about', '/philosophy', '/provider-council', '/faq', '/resources'];
const READ_TOKEN = 'scenario-read-token-0123456789abcdef';
const WRITE_TOKEN = 'scenario-write-token-0123456789abcdef';
const REVALIDATE_SECRET = 'scenario-revalidate-secret-0123456789';
const PREVIEW_SECRET = 'scenario-preview-secret-0123456789';
const cmsEnv = { CMS_READ_TOKEN: READ_TOKEN, E2E_WRITE_TOKEN: WRITE_TOKEN, REVALIDATE_SECRET, PREVIEW_SECRET };
const siteEnv = (cmsUrl: string, extra: Record<string, string>) => ({
  CMS_URL: cmsUrl,
  CMS_READ_TOKEN: READ_TOKEN,
  REVALIDATE_SECRET,
  PREVIEW_SECRET,
  ...PATIENT_WITH_THE_CMS,
  ...extra,
});

/** The slug of each page in PATHS, and the collections they embed: the site's cache keys for them. */
const PATH_KEYS = [
  'settings:en',
  'pages:list:en',
  ...PATHS.map((p) => `page:${p === '/' ? 'home' : p.slice(1)}:en`),
  ...['faqs', 'principles', 'agencies', 'resources'].map((name) => `${name}:en`),
];
/**
 * How long a page may take when it is answered from what the site keeps: generous for a slow
 * machine, and far shorter than the site's CMS timeout in the first test, so a page that waited
 * on a CMS that never answers fails instead of coming back late.
 */
const PAGE_TIMEOUT = 30_000;
const CMS_NEVER_ANSWERS_MS = 20 * PAGE_TIMEOUT;
/** How long a poll waits for content to arrive (logged, never asserted on). */
const ARRIVES_WITHIN = 60_000;

const heading = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? null;
const snapshotText = (dir: string) => readFileSync(path.join(dir, 'content-snapshot.json'), 'utf8');
const readSnapshotText = (dir: string) => {
  try {
    return snapshotText(dir);
  } catch {
    return ''; // none written yet
  }
};

/** Every page's status and heading, and its answer time for the log. */
async function visitAll(request: APIRequestContext, site: string) {
  const pages: { path: string; status: number; heading: string | null; ms: number }[] = [];
  for (const p of PATHS) {
    const start = Date.now();
    const response = await request.get(`${site}${p}`, { timeout: PAGE_TIMEOUT });
    pages.push({ path: p, status: response.status(), heading: heading(await response.text()), ms: Date.now() - start });
  }
  return pages;
}

async function firstFaq(request: APIRequestContext, cms: string) {
  const response = await request.get(`${cms}/api/faqs?sort=order&pagination[pageSize]=1`, {
    headers: { authorization: `Bearer ${WRITE_TOKEN}` },
  });
  return ((await response.json()) as { data: { documentId: string; question: string }[] }).data[0]!;
}

async function firstPrinciple(request: APIRequestContext, cms: string) {
  const response = await request.get(`${cms}/api/guiding-principles?sort=order&pagination[pageSize]=1`, {
    headers: { authorization: `Bearer ${WRITE_TOKEN}` },
  });
  return ((await response.json()) as { data: { documentId: string }[] }).data[0]!;
}

const editFaq = async (request: APIRequestContext, cms: string, documentId: string, question: string, status = 'published') => {
  const response = await request.put(`${cms}/api/faqs/${documentId}?status=${status}`, {
    headers: { authorization: `Bearer ${WRITE_TOKEN}` },
    data: { data: { question } },
  });
  expect(response.status()).toBe(200);
};

test('CMS killed, hanging, down across a restart, and back', async ({ request }) => {
  const running: Running[] = [];
  try {
    const snapshotDir = tempDir('snapshot-');
    let cms = await startCms(1451, cmsEnv);
    running.push(cms);
    const siteSettings = siteEnv(cms.url, {
      // Every copy is past its TTL as soon as it is stored: each visit asks the CMS again, in the
      // background, without waiting for a TTL to run out.
      CONTENT_TTL_SECONDS: '0',
      CMS_TIMEOUT_MS: String(CMS_NEVER_ANSWERS_MS),
      CONTENT_SNAPSHOT_DIR: snapshotDir,
    });
    let site = await startSite(4191, siteSettings);
    running.push(site);

    // The site warms every published page into its cache and its snapshot.
    await snapshotWith(snapshotDir, PATH_KEYS);
    const known = await visitAll(request, site.url);
    expect(known.map((page) => page.status)).toEqual(PATHS.map(() => 200));
    const headings = known.map((page) => page.heading);

    // 1. The CMS is killed: every page still 200 with its content.
    await cms.stop();
    let pages = await visitAll(request, site.url);
    expect(pages.map((page) => [page.status, page.heading])).toEqual(headings.map((h) => [200, h]));
    console.log(`CMS killed: slowest page ${Math.max(...pages.map((page) => page.ms))} ms`);

    // 2. The CMS accepts connections and never answers. Visits go on until one has sent a content
    // refresh there (the kill's failures pause the site's requests for a moment); from then on
    // every page must still come back, though that refresh never will.
    const hanging = await startHangingCms(1451);
    running.push(hanging);
    const refreshesSent = () => hanging.requests().filter((line) => line.startsWith('POST /graphql')).length;
    await expect
      .poll(async () => {
        pages = await visitAll(request, site.url);
        expect(pages.map((page) => [page.status, page.heading])).toEqual(headings.map((h) => [200, h]));
        return refreshesSent();
      }, { timeout: ARRIVES_WITHIN })
      .toBeGreaterThan(0);
    for (let round = 0; round < 3; round += 1) {
      pages = await visitAll(request, site.url);
      expect(pages.map((page) => [page.status, page.heading])).toEqual(headings.map((h) => [200, h]));
    }
    console.log(`CMS hanging: slowest page ${Math.max(...pages.map((page) => page.ms))} ms`);
    await hanging.stop();

    // 3. The site restarts while the CMS is down: every page from the snapshot.
    await site.stop();
    site = await startSite(4191, siteSettings);
    running.push(site);
    pages = await visitAll(request, site.url);
    expect(pages.map((page) => [page.status, page.heading])).toEqual(headings.map((h) => [200, h]));
    console.log(`restarted with the CMS down: slowest page ${Math.max(...pages.map((page) => page.ms))} ms`);

    // 4. A corrupt snapshot: the built-in hotline, no crash.
    const corruptDir = tempDir('snapshot-corrupt-');
    writeFileSync(path.join(corruptDir, 'content-snapshot.json'), '{"version":1,"entries":{"settings": nul');
    const corrupt = await startSite(4192, siteEnv(cms.url, { CONTENT_SNAPSHOT_DIR: corruptDir }));
    running.push(corrupt);
    for (let i = 0; i < 2; i += 1) {
      const response = await request.get(`${corrupt.url}/faq`);
      expect(response.status()).toBe(503);
      expect(await response.text()).toContain(HOTLINE.phone);
    }
    expect(corrupt.output()).toContain('ignoring the snapshot');

    // 5. The CMS is back, with a change: the site shows it once its pause after failures is over.
    cms = await startCms(1451, cmsEnv);
    running.push(cms);
    const faq = await firstFaq(request, cms.url);
    await editFaq(request, cms.url, faq.documentId, 'Is the CMS back?');
    const back = Date.now();
    await expect
      .poll(async () => (await request.get(`${site.url}/faq`)).text(), { timeout: ARRIVES_WITHIN, intervals: [200] })
      .toContain('Is the CMS back?');
    console.log(`CMS back: new content after ${Date.now() - back} ms`);
  } finally {
    for (const process of running.reverse()) await process.stop();
  }
});

test('a site started before its CMS tells the outage in one line and the return in one; a page renamed then is live at once', async ({ request }) => {
  const running: Running[] = [];
  try {
    // No snapshot, no CMS: every page is the 503 with the hotline, however many are asked for.
    const site = await startSite(4209, siteEnv('http://127.0.0.1:1457', { CONTENT_SNAPSHOT_DIR: tempDir('snapshot-') }));
    running.push(site);
    for (let round = 0; round < 3; round += 1) {
      for (const page of await visitAll(request, site.url)) expect([page.path, page.status]).toEqual([page.path, 503]);
    }
    const cms = await startCms(1457, cmsEnv);
    running.push(cms);
    const started = Date.now();
    const response = await request.get(`${cms.url}/api/pages?filters[slug][$eq]=philosophy`, { headers: { authorization: `Bearer ${WRITE_TOKEN}` } });
    const { documentId } = ((await response.json()) as { data: { documentId: string }[] }).data[0]!;
    const renamed = await request.put(`${cms.url}/api/pages/${documentId}?status=published`, {
      headers: { authorization: `Bearer ${WRITE_TOKEN}` },
      data: { data: { slug: 'our-philosophy' } },
    });
    expect(renamed.status()).toBe(200);

    // The change poll sees the CMS answer; from that moment the site asks it again (no pause left
    // over from the outage's failures), so the very next visit to the new address is the page.
    const back = /\[content\] the CMS answers again/;
    await expect.poll(() => back.test(site.output()), { timeout: ARRIVES_WITHIN }).toBe(true);
    const page = await request.get(`${site.url}/our-philosophy`, { timeout: PAGE_TIMEOUT });
    expect(page.status()).toBe(200);
    console.log(`CMS started, page renamed: live at its new address after ${Date.now() - started} ms`);

    const lines = site.output().split('\n').filter((line) => line.includes('[content]'));
    expect(lines.filter((line) => line.includes('the CMS does not answer'))).toHaveLength(1);
    expect(lines.filter((line) => back.test(line))).toHaveLength(1);
    // Between the two, a count at most once a minute; nothing else about the outage.
    const minutes = Math.ceil((Date.now() - started) / 60_000) + 1;
    expect(lines.filter((line) => line.includes('still does not answer')).length).toBeLessThanOrEqual(minutes);
    expect(lines.filter((line) => !/the CMS (does not answer|still does not answer|answers again)/.test(line))).toEqual([]);
  } finally {
    for (const process of running.reverse()) await process.stop();
  }
});

test('two web processes with Redis get a publish; a preview is never kept', async ({ request, playwright }) => {
  const running: Running[] = [];
  try {
    const [dirA, dirB] = [tempDir('snapshot-a-'), tempDir('snapshot-b-')];
    const cms = await startCms(1452, { ...cmsEnv, SITE_REVALIDATE_URL: 'http://127.0.0.1:4193/api/revalidate', SITE_URL: 'http://127.0.0.1:4193' });
    running.push(cms);
    // A TTL longer than any wait here: only a notice (the CMS's, or Redis's) or a site's own check can bring the new text.
    const shared = { CONTENT_TTL_SECONDS: '300', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const a = await startSite(4193, siteEnv(cms.url, { ...shared, CONTENT_SNAPSHOT_DIR: dirA }));
    const b = await startSite(4194, siteEnv(cms.url, { ...shared, CONTENT_SNAPSHOT_DIR: dirB }));
    running.push(a, b);
    const faq = await firstFaq(request, cms.url);
    for (const site of [a, b]) {
      await request.get(`${site.url}/faq`);
      const hit = await request.get(`${site.url}/faq`);
      expect(hit.headers()['x-output-cache']).toBe('hit');
      expect(await hit.text()).toContain(faq.question);
    }

    // The CMS tells site A; Redis tells site B.
    await editFaq(request, cms.url, faq.documentId, 'Published to every web process?');
    const published = Date.now();
    for (const site of [a, b]) {
      await expect
        .poll(async () => (await request.get(`${site.url}/faq`)).text(), { timeout: ARRIVES_WITHIN, intervals: [100] })
        .toContain('Published to every web process?');
    }
    console.log(`publish reached both web processes after ${Date.now() - published} ms`);

    // Redis is optional: a site whose Redis is down still serves (nothing waits for Redis to answer).
    const lonely = await startSite(4198, siteEnv(cms.url, { REDIS_URL: 'redis://127.0.0.1:9', CONTENT_SNAPSHOT_DIR: tempDir('snapshot-') }));
    running.push(lonely);
    expect((await request.get(`${lonely.url}/faq`, { timeout: PAGE_TIMEOUT })).status()).toBe(200);

    // A draft seen in preview stays out of the output cache and the snapshot.
    await editFaq(request, cms.url, faq.documentId, 'A draft nobody else may see?', 'draft');
    const editor = await playwright.request.newContext(); // the editor's browser, with the preview cookie
    const preview = await editor.get(`${a.url}/api/preview?secret=${PREVIEW_SECRET}&uid=api::faq.faq&slug=x`, { maxRedirects: 0 });
    expect(preview.status()).toBe(303);
    const drafted = await editor.get(`${a.url}/faq`);
    expect(await drafted.text()).toContain('A draft nobody else may see?');
    expect(drafted.headers()['x-output-cache']).toBeUndefined();
    await editor.dispose();
    const visitor = await request.get(`${a.url}/faq`);
    expect(await visitor.text()).not.toContain('A draft nobody else may see?');
    // A publish after the preview makes site A write its snapshot again: a copy of everything it
    // keeps by then, so a draft kept by mistake would be in it.
    const principle = await firstPrinciple(request, cms.url);
    const principleUpdate = await request.put(`${cms.url}/api/guiding-principles/${principle.documentId}?status=published`, {
      headers: { authorization: `Bearer ${WRITE_TOKEN}` },
      data: { data: { statement: 'Written after the preview.' } },
    });
    expect(principleUpdate.status()).toBe(200);
    // Asked for until it is kept: a load the site's own check overtakes is shown but not kept.
    await expect
      .poll(async () => {
        await request.get(`${a.url}/philosophy`);
        return readSnapshotText(dirA);
      }, { timeout: ARRIVES_WITHIN })
      .toContain('Written after the preview.');
    expect(snapshotText(dirA)).toContain('Published to every web process?');
    expect(snapshotText(dirA)).not.toContain('A draft nobody else may see?');
  } finally {
    for (const process of running.reverse()) await process.stop();
  }
});

test('a renamed page’s old addresses redirect in one hop from two web processes, and after a restart with the CMS down', async ({ request }) => {
  const running: Running[] = [];
  const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
  try {
    const [dirA, dirB] = [tempDir('snapshot-a-'), tempDir('snapshot-b-')];
    const cms = await startCms(1458, { ...cmsEnv, SITE_REVALIDATE_URL: 'http://127.0.0.1:4211/api/revalidate', SITE_URL: 'http://127.0.0.1:4211' });
    running.push(cms);
    const shared = { CONTENT_TTL_SECONDS: '300', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const a = await startSite(4211, siteEnv(cms.url, { ...shared, CONTENT_SNAPSHOT_DIR: dirA }));
    const b = await startSite(4212, siteEnv(cms.url, { ...shared, CONTENT_SNAPSHOT_DIR: dirB }));
    running.push(a, b);
    const about = await request.get(`${cms.url}/api/pages?filters[slug][$eq]=about`, { headers: auth });
    const { documentId } = ((await about.json()) as { data: { documentId: string }[] }).data[0]!;
    for (const site of [a, b]) expect((await request.get(`${site.url}/about`)).status()).toBe(200);

    // Renamed in English, then again in Spanish (the slug is one for every language): a chain of two.
    const rename = (slug: string, locale: string) =>
      request.put(`${cms.url}/api/pages/${documentId}?status=published&locale=${locale}`, { headers: auth, data: { data: { slug } } });
    expect((await rename('about-us', 'en')).status()).toBe(200);
    expect((await rename('who-we-are', 'es')).status()).toBe(200);
    const location = async (url: string) => {
      const response = await request.get(url, { maxRedirects: 0 });
      return `${response.status()} ${response.headers().location ?? ''}`;
    };
    for (const site of [a, b]) {
      await expect.poll(() => location(`${site.url}/about`), { timeout: ARRIVES_WITHIN }).toBe('301 /who-we-are');
      expect(await location(`${site.url}/about-us`)).toBe('301 /who-we-are');
      expect(await location(`${site.url}/es/about?from=flyer`)).toBe('301 /es/who-we-are?from=flyer');
      expect(await location(`${site.url}/fr/about-us`)).toBe('301 /fr/who-we-are');
      // Kept rendered like a page (once no change notice is on its way).
      const cached = async () => (await request.get(`${site.url}/about`, { maxRedirects: 0 })).headers()['x-output-cache'];
      await expect.poll(cached, { timeout: ARRIVES_WITHIN }).toBe('hit');
      expect((await request.get(`${site.url}/who-we-are`)).status()).toBe(200);
    }

    // A new page that takes an old address wins over the redirect.
    const created = await request.post(`${cms.url}/api/pages?status=published`, {
      headers: auth,
      data: { data: { title: 'About the network’s new work', slug: 'about-us', showInNavigation: false, order: 90 } },
    });
    expect(created.status()).toBe(201);
    for (const site of [a, b]) {
      await expect.poll(() => location(`${site.url}/about-us`), { timeout: ARRIVES_WITHIN }).toBe('200 ');
      expect(await location(`${site.url}/about`)).toBe('301 /who-we-are');
    }

    // Site A restarted while the CMS is down: the redirects come from its snapshot.
    await expect
      .poll(async () => {
        await request.get(`${a.url}/about-us`);
        return readSnapshotText(dirA);
      }, { timeout: ARRIVES_WITHIN })
      .toContain('"page:about-us:en"');
    await cms.stop();
    await a.stop();
    const restarted = await startSite(4211, siteEnv(cms.url, { CONTENT_SNAPSHOT_DIR: dirA }));
    running.push(restarted);
    expect(await location(`${restarted.url}/about`)).toBe('301 /who-we-are');
    expect(await location(`${restarted.url}/es/about`)).toBe('301 /es/who-we-are');
    expect(await location(`${restarted.url}/about-us`)).toBe('200 ');
  } finally {
    for (const process of running.reverse()) await process.stop();
  }
});

test('a CMS that refuses the site’s token or rate-limits it: 503 with the hotline, never 500', async ({ request }) => {
  const running: Running[] = [];
  try {
    // The shared end-to-end CMS, with a token it does not know (401 to every query).
    const wrongToken = await startSite(4195, siteEnv(`http://127.0.0.1:${CMS_PORT}`, { CMS_READ_TOKEN: 'not-the-token', CONTENT_SNAPSHOT_DIR: tempDir('snapshot-') }));
    // A "CMS" that answers every request with 429.
    const limiter = http.createServer((_req, res) => res.writeHead(429, { 'retry-after': '60', 'content-type': 'application/json' }).end('{}'));
    await new Promise<void>((resolve) => limiter.listen(1453, '127.0.0.1', resolve));
    running.push(wrongToken, { url: '', stop: () => new Promise((resolve) => limiter.close(() => resolve())) });
    const limited = await startSite(4196, siteEnv('http://127.0.0.1:1453', { CONTENT_SNAPSHOT_DIR: tempDir('snapshot-') }));
    running.push(limited);

    for (const site of [wrongToken, limited]) {
      for (const path of ['/', '/faq', '/about']) {
        const response = await request.get(`${site.url}${path}`);
        expect(response.status(), `${site.url}${path}`).toBe(503);
        const html = await response.text();
        expect(html).toContain(HOTLINE.phone);
        expect(html).toContain('id="quick-exit"');
      }
    }
  } finally {
    for (const process of running.reverse()) await process.stop();
  }
});

test('the words searched for never reach the server’s log', async ({ request }) => {
  const site = await startSite(4197, siteEnv(`http://127.0.0.1:${CMS_PORT}`, { CMS_READ_TOKEN: process.env.E2E_CMS_READ_TOKEN!, CONTENT_SNAPSHOT_DIR: tempDir('snapshot-') }));
  try {
    const secret = 'leaving my partner safely';
    // Searched for, and posted to a page that takes no form (405): neither is logged with its words.
    for (const [path, status] of [['/search', 200], ['/faq', 405]] as const) {
      const response = await request.post(`${site.url}${path}`, { form: { q: secret }, headers: { origin: site.url, accept: 'text/html' } });
      expect(response.status(), path).toBe(status);
    }
    const answer = await request.post(`${site.url}/search`, { form: { q: secret }, headers: { origin: site.url, accept: 'text/html' } });
    expect(await answer.text()).toContain('leaving my partner safely'); // shown back in the search field only
    expect(site.output()).not.toContain('partner');
  } finally {
    await site.stop();
  }
});
