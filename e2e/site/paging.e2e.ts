// The long lists' pages (the directory's agencies, resources, FAQ): plain `?page=N` links in a
// named <nav>, with JavaScript on and off. The seed's lists fit on one page each at the site's
// sizes (no navigation, `?page=2` is 404); a site of this file's own on the shared CMS shows five
// entries a page (LIST_PAGE_SIZE=5), so the seed's lists have pages to go through. axe and the W3C
// HTML checker read the paged pages once (JavaScript on: the HTML is the same either way).
import { expect, test, type Page } from '@playwright/test';
import { startSite } from '@maine-sten/test-harness/processes';
import { htmlErrors } from '../html-checker';
import { axe, messagesOf, onSharedCms, PATIENT_WITH_THE_CMS } from '../helpers';

const LISTS = [
  { path: '/provider-council', items: '.directory__item' },
  { path: '/es/resources', items: '.resource' },
  { path: '/fr/faq', items: 'article.faq' },
] as const;

test.describe('at the site’s page sizes, the seed’s lists fit on one page', () => {
  for (const { path, items } of LISTS) {
    test(`${path}: every entry, no page navigation; ?page=2 is not found, ?page=two a bad request`, async ({ page, request }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await page.locator(items).count()).toBeGreaterThan(5);
      await expect(page.locator('nav.pager')).toHaveCount(0);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(path, page.url()).href);
      expect((await request.get(`${path}?page=1`)).status()).toBe(200);
      expect((await request.get(`${path}?page=2`)).status()).toBe(404);
      for (const bad of ['two', '0', '02', '-1']) expect((await request.get(`${path}?page=${bad}`)).status(), bad).toBe(400);
    });
  }
});

test.describe('five entries a page', () => {
  test.describe.configure({ mode: 'serial' });
  let site: Awaited<ReturnType<typeof startSite>>;

  test.beforeAll(async ({ javaScriptEnabled }) => {
    test.setTimeout(180_000);
    // One site per project (both run at once, on two workers).
    site = await startSite(javaScriptEnabled ? 4231 : 4232, { ...onSharedCms('paging'), ...PATIENT_WITH_THE_CMS, LIST_PAGE_SIZE: '5' });
  });
  test.afterAll(async () => {
    await site?.stop();
  });

  /** The list's navigation, found by its accessible name. */
  const pager = (page: Page, name: string) => page.getByRole('navigation', { name, exact: true });

  test('the directory in Spanish: pages by Next and Previous, the page in the title, canonical and current page', async ({ page }) => {
    const es = messagesOf('es');
    await page.goto(`${site.url}/es/provider-council`);
    const nav = pager(page, es.listPagesAgencies!);
    await expect(page.locator('.directory__item')).toHaveCount(5);
    await expect(nav).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toHaveText('1');
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    const firstNames = await page.locator('.directory__name').allTextContents();

    await nav.getByRole('link', { name: es.listPageNext }).click();
    await expect(page).toHaveURL(`${site.url}/es/provider-council?page=2`);
    await expect(page).toHaveTitle(/— página 2/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.url}/es/provider-council?page=2`);
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', `${site.url}/fr/provider-council?page=2`);
    await expect(pager(page, es.listPagesAgencies!).locator('[aria-current="page"]')).toHaveText('2');
    const secondNames = await page.locator('.directory__name').allTextContents();
    expect(secondNames).toHaveLength(5);
    expect(secondNames.filter((name) => firstNames.includes(name))).toEqual([]);
    await expect(pager(page, es.listPagesAgencies!).locator('a[rel="next"]')).toHaveAttribute('href', '/es/provider-council?page=3');

    await pager(page, es.listPagesAgencies!).getByRole('link', { name: es.listPagePrevious }).click();
    await expect(page).toHaveURL(`${site.url}/es/provider-council`);
    await expect(page).not.toHaveTitle(/página/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.url}/es/provider-council`);
  });

  test('the last page of the directory has no Next; one page past it is not found', async ({ page, request }) => {
    await page.goto(`${site.url}/provider-council`);
    const en = messagesOf('en');
    const last = Number(await pager(page, en.listPagesAgencies!).getByRole('link').filter({ hasText: /^\d+$/ }).last().textContent());
    expect(last).toBeGreaterThan(1);
    await pager(page, en.listPagesAgencies!).getByRole('link', { name: en.listPageNumber!.replace('{n}', String(last)), exact: true }).click();
    await expect(page).toHaveURL(`${site.url}/provider-council?page=${last}`);
    await expect(page.locator('.directory__item')).not.toHaveCount(0);
    await expect(pager(page, en.listPagesAgencies!).locator('a[rel="next"]')).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(`— page ${last}`));
    expect((await request.get(`${site.url}/provider-council?page=${last + 1}`)).status()).toBe(404);
  });

  test('resources: a page keeps the category chosen, and choosing one starts at its first page', async ({ page }) => {
    const fr = messagesOf('fr');
    await page.goto(`${site.url}/fr/resources?page=2`);
    await expect(page.locator('.resource')).toHaveCount(5);
    await expect(pager(page, fr.listPagesResources!).locator('[aria-current="page"]')).toHaveText('2');
    await expect(page).toHaveTitle(/— page 2/);
    // The filter is a plain GET form: it sends the category only, so the list starts again at page 1.
    await page.locator('#resource-category').selectOption('training');
    await page.getByRole('button', { name: fr.resourcesFilterSubmit }).click();
    await expect(page).toHaveURL(`${site.url}/fr/resources?category=training#resources-list`);
    const next = pager(page, fr.listPagesResources!).locator('a[rel="next"]');
    if ((await next.count()) > 0) await expect(next).toHaveAttribute('href', '/fr/resources?category=training&page=2');
  });

  test('FAQ: the second page shows the rest of the questions, its contents list and structured data only those', async ({ page }) => {
    const en = messagesOf('en');
    await page.goto(`${site.url}/faq`);
    await pager(page, en.listPagesFaqs!).getByRole('link', { name: en.listPageNext }).click();
    await expect(page).toHaveURL(`${site.url}/faq?page=2`);
    const questions = await page.locator('article.faq .faq__question').allTextContents();
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(5);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { mainEntity: { name: string }[] };
    expect(json.mainEntity.map((entry) => entry.name)).toEqual(questions);
  });

  test('a page of a list is kept by the output cache per page number', async ({ request }) => {
    const third = `${site.url}/es/provider-council?page=4`;
    const first = await request.get(third);
    expect(first.headers()['x-output-cache']).toBeUndefined();
    await expect.poll(async () => (await request.get(`${third}&utm_source=x`)).headers()['x-output-cache']).toBe('hit');
    expect(await (await request.get(third)).text()).toBe(await first.text());
    // Another page number is another page: rendered, not the one kept.
    const other = await request.get(`${site.url}/es/provider-council?page=3`);
    expect(other.headers()['x-output-cache']).toBeUndefined();
    expect(await other.text()).not.toBe(await first.text());
  });

  // axe runs a script in the page: with JavaScript on only. The HTML checker reads the pages either way.
  test('axe and the W3C HTML checker find nothing on the pages of each list, in each language', async ({ page, request, javaScriptEnabled }) => {
    const paths = ['/provider-council?page=2', '/es/resources?page=3', '/fr/faq?page=2', '/resources?category=training'];
    const documents: Record<string, string> = {};
    for (const path of paths) {
      await page.goto(`${site.url}${path}`);
      if (!path.includes('category')) await expect(page.locator('nav.pager')).toHaveCount(1);
      if (javaScriptEnabled) {
        const { violations } = await axe(page).analyze();
        expect(violations, path).toEqual([]);
      }
      documents[path] = await (await request.get(`${site.url}${path}`)).text();
    }
    expect(await htmlErrors(documents)).toEqual([]);
  });
});
