// Draft preview: guarded by PREVIEW_SECRET, shows drafts with a banner to the editor only, never
// leaks into what visitors get, and is never stored by the browser.
import { expect, test } from '@playwright/test';
import { CMS, WRITE_AUTH } from '../helpers';

const secret = process.env.E2E_PREVIEW_SECRET!;
const previewUrl = (s: string) => `/api/preview?secret=${s}&uid=api::page.page&slug=preview-test-page`;

test('without the secret the preview endpoint answers 401 and sets nothing', async ({ request, context }) => {
  expect((await request.get('/api/preview?uid=api::page.page&slug=about', { maxRedirects: 0 })).status()).toBe(401);
  expect((await request.get(previewUrl('wrong'), { maxRedirects: 0 })).status()).toBe(401);
  expect(await context.cookies()).toEqual([]);
});

test('an editor sees the draft with a banner; visitors still get the published page', async ({ page, browser, request }) => {
  const created = await request.post(`${CMS}/api/pages?status=published`, {
    headers: WRITE_AUTH,
    data: { data: { title: 'Preview test page', slug: 'preview-test-page', showInNavigation: false, order: 98 } },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  // Save a draft change without publishing it.
  const draft = await request.put(`${CMS}/api/pages/${documentId}?status=draft`, {
    headers: WRITE_AUTH,
    data: { data: { title: 'Preview test page (draft change)' } },
  });
  expect(draft.status()).toBe(200);

  try {
    await page.goto(previewUrl(secret));
    await expect(page).toHaveURL(/\/preview-test-page$/);
    await expect(page.locator('h1')).toHaveText('Preview test page (draft change)');
    await expect(page.locator('.preview-banner')).toContainText('Preview — not published');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'sten_preview');
    expect(cookie?.httpOnly).toBe(true);
    const response = await page.reload();
    expect(response?.headers()['cache-control']).toBe('no-store');
    // The admin shows the preview in a frame: only the CMS may frame it, and the rest of the CSP stays.
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain(`frame-ancestors 'self' ${CMS}`);
    expect(csp).toContain("script-src 'self'");

    // A visitor (another browser) meanwhile gets the published version, from the public cache.
    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    const visitorResponse = await visitorPage.goto('/preview-test-page');
    expect(visitorResponse?.headers()['x-frame-options']).toBe('DENY');
    expect(visitorResponse?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(visitorPage.locator('h1')).toHaveText('Preview test page');
    await expect(visitorPage.locator('.preview-banner')).toHaveCount(0);
    await visitor.close();

    await page.getByRole('link', { name: 'Exit preview' }).click();
    await expect(page).toHaveURL(/\/preview-test-page$/);
    await expect(page.locator('h1')).toHaveText('Preview test page');
    await expect(page.locator('.preview-banner')).toHaveCount(0);
  } finally {
    await request.delete(`${CMS}/api/pages/${documentId}`, { headers: WRITE_AUTH });
  }
});

test('a translation is previewed in its language: a Spanish draft at /es, visitors still get the published page', async ({ page, browser, request }) => {
  const created = await request.post(`${CMS}/api/pages?status=published`, {
    headers: WRITE_AUTH,
    data: { data: { title: 'Spanish preview test page', slug: 'spanish-preview-test-page', showInNavigation: false, order: 97 } },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  const draft = await request.put(`${CMS}/api/pages/${documentId}?locale=es&status=draft`, {
    headers: WRITE_AUTH,
    data: { data: { title: 'Página de prueba (borrador)', slug: 'spanish-preview-test-page', order: 97 } },
  });
  expect(draft.status()).toBe(200);

  try {
    await page.goto(`/api/preview?secret=${secret}&uid=api::page.page&slug=spanish-preview-test-page&locale=es`);
    await expect(page).toHaveURL(/\/es\/spanish-preview-test-page$/);
    await expect(page.locator('h1')).toHaveText('Página de prueba (borrador)');
    await expect(page.locator('.preview-banner')).toContainText('Vista previa: sin publicar');

    // Not published in Spanish: visitors get the English page under the Spanish interface.
    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto('/es/spanish-preview-test-page');
    await expect(visitorPage.locator('h1')).toHaveText('Spanish preview test page');
    await expect(visitorPage.locator('h1')).toHaveAttribute('lang', 'en');
    await visitor.close();

    expect((await request.get(`/api/preview?secret=${secret}&uid=api::page.page&slug=about&locale=xx`, { maxRedirects: 0 })).status()).toBe(400);
  } finally {
    await request.delete(`${CMS}/api/pages/${documentId}?locale=*`, { headers: WRITE_AUTH });
  }
});
