// The per-visitor limit on form posts, with a site of its own (FORMS_RATE_LIMIT=2) against the
// shared end-to-end CMS: the third post in the window gets 429, Retry-After and the hotline.
import { expect, test } from '@playwright/test';
import { HOTLINE, onSharedCms } from '../../e2e';
import { type Running, startSite } from '../../processes';

const PORT = 4199;
let site: Running | undefined;
test.afterAll(() => site?.stop());

test('the third form post within the window is refused with 429, Retry-After and the hotline', async ({ request }) => {
  site = await startSite(PORT, {
    ...onSharedCms('rate-limit'),
    FORMS_RATE_LIMIT: '2',
    FORMS_RATE_WINDOW_SECONDS: '600',
  });
  const post = () =>
    request.post(`${site!.url}/contact`, { form: { name: '' }, headers: { origin: site!.url, accept: 'text/html' }, maxRedirects: 0 });
  // Without a start time these look like a bot's: confirmed (303), and counted all the same.
  expect((await post()).status()).toBe(303);
  expect((await post()).status()).toBe(303);
  const refused = await post();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(500);
  const html = await refused.text();
  expect(html).toContain('Too many attempts');
  expect(html).toContain(HOTLINE.phone);
  // Reading pages is not limited.
  expect((await request.get(`${site.url}/contact`)).status()).toBe(200);
});
