// The site as `pnpm start` runs it (ORIGIN=http://localhost:…, CSRF_ALLOW_HOST=true) opened at
// another address, a production site refusing a post from another site on its own page, and the
// settings read through one schema: empty means the default, a bad value stops the start by name.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HOTLINE, launchChromium, messagesOf, onSharedCms, SITE } from '../helpers';
import { type Running, startSite } from '@maine-sten/test-harness/processes';
import { PATIENT_WITH_THE_CMS } from './support';

const PORT = 4189;
let site: Running | undefined;
test.afterEach(() => site?.stop());

test('pnpm start’s site works at 127.0.0.1 as well as at localhost, with empty settings taking their defaults', async () => {
  site = await startSite(PORT, {
    ...onSharedCms('settings'),
    ...PATIENT_WITH_THE_CMS,
    ORIGIN: `http://localhost:${PORT}`,
    CSRF_ALLOW_HOST: 'true',
    // Empty, as a line copied from .env.example: the defaults (10 posts, a 30 s cache), not 0.
    FORMS_RATE_LIMIT: '',
    CONTENT_TTL_SECONDS: '',
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const address of [`http://127.0.0.1:${PORT}`, `http://localhost:${PORT}`]) {
      await page.goto(`${address}/faq`);
      await page.locator('#site-search-q').fill('training');
      await page.locator('#site-search-q').press('Enter');
      await expect(page.locator('h1')).toHaveText(messagesOf('en').searchTitle!);
      expect(page.url()).toBe(`${address}/search`);
    }
    // A contact message posted at 127.0.0.1 (sent too fast for a person: confirmed, not stored).
    const answer = await page.request.post(`http://127.0.0.1:${PORT}/contact`, {
      form: { name: '' },
      headers: { origin: `http://127.0.0.1:${PORT}`, accept: 'text/html' },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(303);
    // Kept rendered (a TTL of 0 would keep nothing): asked twice in a row, the second is a hit. Right
    // after the first, so the default 30 s cannot run out between them on a slow machine.
    await page.request.get(`http://127.0.0.1:${PORT}/faq`);
    const second = await page.request.get(`http://127.0.0.1:${PORT}/faq`);
    expect(second.headers()['x-output-cache']).toBe('hit');
  } finally {
    await browser.close();
  }
});

test('a form posted from another site gets the site’s own 403 page, with the hotline, in the page’s language', async ({ request }) => {
  for (const [prefix, locale] of [['', 'en'], ['/es', 'es'], ['/fr', 'fr']] as const) {
    for (const form of ['/search', '/contact', '/newsletter/unsubscribe']) {
      const response = await request.post(`${SITE}${prefix}${form}`, {
        form: { q: 'training', token: 'x'.repeat(30) },
        headers: { origin: 'http://evil.example', accept: 'text/html' },
        maxRedirects: 0,
      });
      expect(response.status(), `${prefix}${form}`).toBe(403);
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale}"`);
      expect(html).toContain(messagesOf(locale).crossSiteTitle!);
      expect(html).toContain(HOTLINE.phone);
      expect(html).toContain('quick-exit');
    }
  }
  // Without an Origin at all, too; and a production site opened at another address refuses.
  const bare = await request.post(`${SITE}/search`, { form: { q: 'training' }, headers: { origin: '' } });
  expect(bare.status()).toBe(403);
  const elsewhere = await request.post(`${SITE.replace('127.0.0.1', 'localhost')}/search`, {
    form: { q: 'training' },
    headers: { origin: SITE.replace('127.0.0.1', 'localhost') },
  });
  expect(elsewhere.status()).toBe(403);
});

test('a setting that is not a number stops the site at start, naming the variable', async () => {
  const child = spawn(process.execPath, ['server.js'], {
    cwd: path.resolve(import.meta.dirname, '../../apps/web'),
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', FORMS_RATE_LIMIT: 'ten' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(code).not.toBe(0);
  expect(output).toContain('FORMS_RATE_LIMIT="ten" must be a whole number');
  expect(output).not.toContain('Listening on');
});
