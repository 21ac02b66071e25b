// Links to a question or a collection come from the page that embeds it: an editor renames the FAQ
// page, and search results and preview links follow (in every language), with no address written
// anywhere. Runs after every other content-changing journey: it moves a page they read.
import { expect, test } from '@playwright/test';
import { CMS, SITE, WRITE_AUTH } from '../helpers';

interface Entry {
  documentId: string;
  slug: string;
}

const firstOf = async (request: import('@playwright/test').APIRequestContext, path: string) =>
  ((await (await request.get(`${CMS}${path}`, { headers: WRITE_AUTH })).json()) as { data: Entry[] }).data[0]!;

const rename = (request: import('@playwright/test').APIRequestContext, documentId: string, slug: string) =>
  request.put(`${CMS}/api/pages/${documentId}?status=published`, { headers: WRITE_AUTH, data: { data: { slug } } });

test('search results and preview links follow the FAQ page when an editor renames it', async ({ request }) => {
  const faqPage = await firstOf(request, '/api/pages?filters[slug][$eq]=faq');
  const question = await firstOf(request, '/api/faqs?sort=order&pagination[pageSize]=1');
  expect((await rename(request, faqPage.documentId, 'questions')).status()).toBe(200);
  try {
    const search = async (prefix: string) =>
      (await request.post(`${SITE}${prefix}/search`, { form: { q: 'trafficking' }, headers: { origin: SITE, accept: 'text/html' } })).text();
    await expect.poll(() => search(''), { timeout: 5000, intervals: [250] }).toContain('href="/questions#');
    expect(await search('')).not.toContain('href="/faq#');
    await expect.poll(() => search('/es'), { timeout: 5000, intervals: [250] }).toContain('href="/es/questions#');

    const preview = await request.get(
      `${SITE}/api/preview?secret=${process.env.E2E_PREVIEW_SECRET}&uid=api::faq.faq&slug=${question.slug}&locale=fr`,
      { maxRedirects: 0 },
    );
    expect(preview.status()).toBe(303);
    expect(preview.headers().location).toBe(`/fr/questions#${question.slug}`);
    expect((await request.get(`${SITE}/questions`)).status()).toBe(200);
  } finally {
    expect((await rename(request, faqPage.documentId, 'faq')).status()).toBe(200);
    await expect.poll(async () => (await request.get(`${SITE}/faq`)).status(), { timeout: 5000 }).toBe(200);
  }
});
