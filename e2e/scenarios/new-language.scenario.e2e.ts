// Languages the site was not built with, end to end, with a CMS and a site of their own: the
// administrator adds Portuguese and Arabic in Strapi's settings, exports the translators' file, a
// script plays the translator, the administrator imports it and publishes the drafts; after a
// restart of the site (no commit, no rebuild) /pt speaks Portuguese and /ar Arabic, right to left,
// interface and content, and every page offers both.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startCms, startSite, tempDir, type Running } from '@maine-sten/test-harness/processes';
import { marked, translate } from '@maine-sten/test-harness/translator';
import { axe, HOTLINE, messagesOf } from '../helpers';
import { htmlErrors } from '../html-checker';
import { PATIENT_WITH_THE_CMS } from './support';

test.describe.configure({ mode: 'serial' });

const CMS_PORT = 1459;
const SITE_PORT = 4213;
const ADMIN = { email: 'language-admin@example.test', password: 'Language-admin-1' };
const TRACKED = ['api::page.page', 'api::faq.faq', 'api::guiding-principle.guiding-principle', 'api::resource.resource', 'api::council-agency.council-agency'];
const LANGUAGES = [
  { code: 'pt', name: 'Portuguese (pt)', self: 'Português', marker: 'PT' },
  { code: 'ar', name: 'Arabic (ar)', self: 'العربية', marker: 'AR' },
];
/** How long a poll waits for the site to be up (logged, never asserted on). */
const ARRIVES_WITHIN = 60_000;

const running: Running[] = [];
test.afterAll(async () => {
  for (const process of running.reverse()) await process.stop();
});

async function signIn(request: APIRequestContext, cms: string) {
  const answer = await request.post(`${cms}/admin/login`, { data: ADMIN });
  expect(answer.status()).toBe(200);
  return { authorization: `Bearer ${((await answer.json()) as { data: { token: string } }).data.token}` };
}

test('languages added in the settings are served and offered after an export, an import and a publish, with no code change', async ({ request, page }) => {
  const site = `http://127.0.0.1:${SITE_PORT}`;
  const cms = await startCms(CMS_PORT, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SITE_URL: site });
  running.push(cms);
  const siteEnv = { CMS_URL: cms.url, ...PATIENT_WITH_THE_CMS, CONTENT_SNAPSHOT_DIR: tempDir('new-language-snapshot-') };
  const first = await startSite(SITE_PORT, siteEnv);
  running.push(first);
  await expect.poll(async () => (await request.get(`${site}/faq`)).status(), { timeout: ARRIVES_WITHIN }).toBe(200);
  expect((await request.get(`${site}/pt/faq`)).status()).toBe(404);

  // The administrator adds two languages, one written right to left: until each is complete, the
  // site neither serves nor offers it.
  const admin = await signIn(request, cms.url);
  for (const { code, name, self, marker } of LANGUAGES) {
    const added = await request.post(`${cms.url}/i18n/locales`, { headers: admin, data: { code, name, isDefault: false } });
    expect(added.status()).toBe(200);
    const exported = await request.get(`${cms.url}/admin/translations/export?locale=${code}&scope=needed`, { headers: admin });
    expect(exported.status()).toBe(200);
    const xliff = await translate(await exported.text(), (id, unit) => (id === 'messages/languageName' ? self : marked(unit.source, marker)));
    const imported = await request.post(`${cms.url}/admin/translations/import?locale=${code}`, { headers: { ...admin, 'content-type': 'application/xliff+xml' }, data: xliff });
    expect(imported.status()).toBe(200);
    const report = ((await imported.json()) as { data: { entries: number; refused: unknown[]; messagesStored: boolean } }).data;
    expect(report).toMatchObject({ refused: [], messagesStored: true });
    expect(report.entries).toBeGreaterThan(30);
  }

  // Drafts only: still not served.
  await first.stop();
  const second = await startSite(SITE_PORT, siteEnv);
  running.push(second);
  await expect.poll(async () => (await request.get(`${site}/faq`)).status(), { timeout: ARRIVES_WITHIN }).toBe(200);
  for (const { code } of LANGUAGES) expect((await request.get(`${site}/${code}/faq`)).status()).toBe(404);

  // The administrator publishes every draft in each.
  for (const { code } of LANGUAGES) {
    for (const uid of TRACKED) {
      const list = await request.get(`${cms.url}/content-manager/collection-types/${uid}?locale=${code}&pageSize=100`, { headers: admin });
      const documentIds = ((await list.json()) as { results: { documentId: string }[] }).results.map(({ documentId }) => documentId);
      if (documentIds.length === 0) continue;
      const published = await request.post(`${cms.url}/content-manager/collection-types/${uid}/actions/bulkPublish`, { headers: admin, data: { documentIds, locale: code } });
      expect(published.status(), `${uid} ${code}`).toBe(200);
    }
  }

  // A restart of the site, nothing else.
  await second.stop();
  running.push(await startSite(SITE_PORT, siteEnv));
  await expect.poll(async () => (await request.get(`${site}/pt/faq`)).status(), { timeout: ARRIVES_WITHIN }).toBe(200);

  const english = messagesOf('en');
  const faq = await (await request.get(`${site}/pt/faq`)).text();
  expect(faq).toMatch(/<html lang="pt" dir="ltr"/);
  expect(faq).toContain(`PT ${english.quickExit}`); // the interface, from the imported messages
  expect(faq).toContain('PT What is human trafficking?'); // the content, from the published translation
  expect(faq).toContain(HOTLINE.phone); // the hotline, from Site settings, as on every page
  expect(faq).not.toContain(`PT ${english.untranslatedNotice}`); // a translation exists for every entry
  const home = await (await request.get(`${site}/`)).text();
  expect(home).toMatch(/<a href="\/pt" hreflang="pt" lang="pt"[^>]*>Português<\/a>/);
  expect(await (await request.get(`${site}/sitemap.xml`)).text()).toContain(`${site}/pt/faq`);
  // The feeds and search read the language's own words.
  expect(await (await request.get(`${site}/pt/feed.json`)).text()).toContain('"language":"pt"');

  // Arabic, right to left with no code for it: the direction follows the language's script.
  const arabic = await (await request.get(`${site}/ar/faq`)).text();
  expect(arabic).toMatch(/<html lang="ar" dir="rtl"/);
  expect(arabic).toContain('AR What is human trafficking?');
  expect(arabic).toContain(HOTLINE.phone);
  expect(home).toMatch(/<a href="\/ar" hreflang="ar" lang="ar"[^>]*>العربية<\/a>/);

  expect(await htmlErrors({ '/pt/faq': faq, '/pt': await (await request.get(`${site}/pt`)).text(), '/ar/faq': arabic })).toEqual([]);
  for (const path of ['/ar/faq', '/pt/faq']) {
    await page.goto(`${site}${path}`);
    expect((await axe(page).analyze()).violations, path).toEqual([]);
  }
  await page.locator('#site-search-q').fill('human trafficking');
  await page.locator('#site-search-q').press('Enter');
  await expect(page.locator('.search__result .search__title').first()).toContainText('PT ');
});
