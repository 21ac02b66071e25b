// The media library end to end: an image uploaded to the CMS (local provider) with alternative text,
// placed in a page's rich text, is shown on the site with that text and served from the site's own
// origin; the same image without alternative text is refused by the CMS.
import { expect, test } from '@playwright/test';
import { CMS, WRITE_AUTH } from '../helpers';

// A 2×1 PNG (one red, one white pixel).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8Dw//9/AAv7A/3dF29HAAAAAElFTkSuQmCC',
  'base64',
);
const ALT = 'Poster: the signs of human trafficking';

test('an uploaded image shows on a page with its alternative text, from the site itself', async ({ page, request }) => {
  const uploaded = await request.post(`${CMS}/api/upload`, {
    headers: WRITE_AUTH,
    multipart: {
      files: { name: 'media-test-poster.png', mimeType: 'image/png', buffer: PNG },
      fileInfo: JSON.stringify({ alternativeText: ALT }),
    },
  });
  expect(uploaded.status()).toBe(201);
  const [image] = (await uploaded.json()) as [Record<string, unknown> & { id: number; url: string }];
  expect(image.alternativeText).toBe(ALT);
  expect(image.url).toMatch(/^\/uploads\//);
  // Served from the site with a CSP that runs nothing, nosniff, and inline (it is a picture).
  const served = await request.get(image.url);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect(served.headers()['content-disposition']).toBeUndefined();
  // A document downloads, from the site as from the CMS: one upload policy (the CMS's).
  const pdf = await request.post(`${CMS}/api/upload`, {
    headers: WRITE_AUTH,
    multipart: { files: { name: 'media-test-leaflet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') } },
  });
  expect(pdf.status()).toBe(201);
  const [leaflet] = (await pdf.json()) as [{ url: string }];
  const fromSite = await request.get(leaflet.url);
  const fromCms = await request.get(`${CMS}${leaflet.url}`);
  expect(fromSite.headers()['content-disposition']).toBe('attachment');
  expect(fromSite.headers()['content-disposition']).toBe(fromCms.headers()['content-disposition']);

  const pageData = (alternativeText: unknown, slug: string) => ({
    data: {
      title: 'Media test page',
      slug,
      showInNavigation: false,
      order: 97,
      body: [
        {
          __component: 'sections.rich-text',
          body: [{ type: 'image', image: { ...image, alternativeText }, children: [{ type: 'text', text: '' }] }],
        },
      ],
    },
  });

  const refused = await request.post(`${CMS}/api/pages?status=published`, {
    headers: WRITE_AUTH,
    data: pageData(null, 'media-test-no-alt'),
  });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('Every image needs alternative text');

  const created = await request.post(`${CMS}/api/pages?status=published`, {
    headers: WRITE_AUTH,
    data: pageData(ALT, 'media-test-page'),
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

  try {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).origin));
    await page.goto('/media-test-page');
    const img = page.getByRole('img', { name: ALT });
    await expect(img).toBeVisible();
    // Loaded (through the site's /uploads proxy) and decoded: 2 pixels wide.
    await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(2);
    expect(new Set(requests)).toEqual(new Set([new URL(page.url()).origin]));
  } finally {
    await request.delete(`${CMS}/api/pages/${documentId}`, { headers: WRITE_AUTH });
    await request.delete(`${CMS}/api/upload/files/${image.id}`, { headers: WRITE_AUTH });
  }
});
