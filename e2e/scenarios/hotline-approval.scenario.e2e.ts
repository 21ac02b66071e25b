// The two-person rule as visitors see it, with a CMS and a site of their own: an Editor publishes
// a new hotline number and every page keeps the current one; once the administrator approves it,
// the site shows the new number (by the CMS's notice, or the site's own check; the site keeps
// content far longer than the test runs, so nothing else can bring it).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { HOTLINE } from '../helpers';
import { startCms, startSite, tempDir, type Running } from '@maine-sten/test-harness/processes';
import { PATIENT_WITH_THE_CMS, scrapeMetrics } from './support';

test.describe.configure({ mode: 'serial' });

const SITE_PORT = 4207;
const READ_TOKEN = 'approval-read-token-0123456789abcdef';
const REVALIDATE_SECRET = 'approval-revalidate-secret-0123456789';
const ADMIN = { email: 'approval-admin@example.test', password: 'Approval-admin-1' };
const EDITOR = { email: 'approval-editor@example.test', password: 'Approval-editor-1' };
const NEW_PHONE = '1-800-555-0177';
const PAGES = ['/', '/get-help', '/faq', '/es', '/fr/get-help'];
const SETTINGS = '/content-manager/single-types/api::site-setting.site-setting';
const METRICS_TOKEN = 'approval-metrics-token-0123456789';
/** How long a poll waits for the site to learn of a change (logged, never asserted on). */
const ARRIVES_WITHIN = 60_000;

const running: Running[] = [];
test.afterAll(async () => {
  for (const process of running.reverse()) await process.stop();
});

async function signIn(request: APIRequestContext, cms: string, who: { email: string; password: string }) {
  const answer = await request.post(`${cms}/admin/login`, { data: who });
  expect(answer.status()).toBe(200);
  return { authorization: `Bearer ${((await answer.json()) as { data: { token: string } }).data.token}` };
}

test('a new number published by one Editor is shown nowhere until the administrator approves it, then everywhere', async ({ request }) => {
  const site = `http://127.0.0.1:${SITE_PORT}`;
  const cms = await startCms(1456, {
    CMS_READ_TOKEN: READ_TOKEN,
    REVALIDATE_SECRET,
    SITE_REVALIDATE_URL: `${site}/api/revalidate`,
    SITE_URL: site,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    E2E_EDITOR_EMAIL: EDITOR.email,
    E2E_EDITOR_PASSWORD: EDITOR.password,
  });
  running.push(cms);
  running.push(
    await startSite(SITE_PORT, {
      CMS_URL: cms.url,
      CMS_READ_TOKEN: READ_TOKEN,
      REVALIDATE_SECRET,
      METRICS_TOKEN,
      CONTENT_TTL_SECONDS: '300',
      ...PATIENT_WITH_THE_CMS,
      CONTENT_SNAPSHOT_DIR: tempDir('approval-snapshot-'),
    }),
  );
  for (const path of PAGES) await expect.poll(async () => (await request.get(`${site}${path}`)).text(), { timeout: ARRIVES_WITHIN }).toContain(HOTLINE.phone);
  const pulled = async () => (await scrapeMetrics(request, site, METRICS_TOKEN))('site_change_notices_total', { via: 'pull' });
  const pulledBefore = await pulled();

  // The Editor changes the phone and presses Publish in the admin.
  const editor = await signIn(request, cms.url, EDITOR);
  const current = (await (await request.get(`${cms.url}${SETTINGS}?locale=en`, { headers: editor })).json()) as { data: Record<string, unknown> & { hotline: Record<string, unknown> } };
  const { id: _id, ...numbers } = current.data.hotline;
  const published = await request.post(`${cms.url}${SETTINGS}/actions/publish?locale=en`, { headers: editor, data: { ...current.data, hotline: { ...numbers, phone: NEW_PHONE } } });
  expect(published.status()).toBe(200);
  // The publish went on with the current numbers, a new published version all the same: once the
  // site's own check has seen it, every page below is built from what the CMS publishes now.
  await expect.poll(pulled, { timeout: ARRIVES_WITHIN }).toBeGreaterThan(pulledBefore);
  for (const path of PAGES) {
    const html = await (await request.get(`${site}${path}`)).text();
    expect(html, path).toContain(HOTLINE.phone);
    expect(html, path).not.toContain(NEW_PHONE);
  }

  // The administrator approves it.
  const admin = await signIn(request, cms.url, ADMIN);
  const pending = (await (await request.get(`${cms.url}/admin/hotline-changes/pending`, { headers: admin })).json()) as { data: { documentId: string } };
  const approved = await request.post(`${cms.url}/admin/hotline-changes/${pending.data.documentId}/approve`, { headers: admin });
  expect(approved.status()).toBe(200);
  const at = Date.now();
  await expect.poll(async () => (await request.get(`${site}/get-help`)).text(), { timeout: ARRIVES_WITHIN, intervals: [50] }).toContain(NEW_PHONE);
  console.log(`hotline: approved → the new number on the site after ${Date.now() - at} ms`);
  for (const path of PAGES) expect(await (await request.get(`${site}${path}`)).text(), path).toContain(NEW_PHONE);
});
