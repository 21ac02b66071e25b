// The per-visitor limit on form posts, with a site of its own (FORMS_RATE_LIMIT=2) against the
// shared end-to-end CMS: the third post in the window gets 429, Retry-After and the hotline.
import { expect, test } from '@playwright/test';
import { adminEntries, HOTLINE, onSharedCms, startedToken } from '../helpers';
import { type Running, startSite } from '@maine-sten/test-harness/processes';
import { PATIENT_WITH_THE_CMS } from './support';

const PORT = 4199;
/** A day: however slowly the posts go, they fall in one window. */
const WINDOW_SECONDS = 24 * 60 * 60;
let site: Running | undefined;
test.afterAll(() => site?.stop());

test('the third form post within the window is refused with 429, Retry-After and the hotline', async ({ request }) => {
  site = await startSite(PORT, {
    ...onSharedCms('rate-limit'),
    ...PATIENT_WITH_THE_CMS,
    FORMS_RATE_LIMIT: '2',
    FORMS_RATE_WINDOW_SECONDS: String(WINDOW_SECONDS),
  });
  const post = () =>
    request.post(`${site!.url}/contact`, { form: { name: '' }, headers: { origin: site!.url, accept: 'text/html' }, maxRedirects: 0 });
  // Without a start time these look like a bot's: confirmed (303), and counted all the same.
  expect((await post()).status()).toBe(303);
  expect((await post()).status()).toBe(303);
  const refused = await post();
  expect(refused.status()).toBe(429);
  // In seconds, until the end of the window the first post opened (an hour of it may have gone by).
  const retryAfter = Number(refused.headers()['retry-after']);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 60 * 60);
  const html = await refused.text();
  expect(html).toContain('Too many attempts');
  expect(html).toContain(HOTLINE.phone);
  // Reading pages is not limited.
  expect((await request.get(`${site.url}/contact`)).status()).toBe(200);
});

test.describe('with REDIS_URL, two web processes', () => {
  const running: Running[] = [];
  test.afterAll(async () => {
    for (const one of running) await one.stop();
  });

  test('count one form limit and one use of a form token between them; Redis down, each counts alone', async ({ request }) => {
    const env = { ...onSharedCms('redis-limits'), ...PATIENT_WITH_THE_CMS, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', FORMS_RATE_LIMIT: '4', FORMS_MIN_FILL_SECONDS: '1' };
    const [a, b] = await Promise.all([startSite(4183, env), startSite(4184, env)]);
    running.push(a!, b!);
    // A token used at one process stores nothing more at the other. It is signed as the site signs
    // them, dated a minute back: a visitor who took longer than FORMS_MIN_FILL_SECONDS, without waiting.
    const started = startedToken(60_000);
    const email = `shared-${Date.now()}@example.test`;
    const send = (site: Running, address: string) =>
      request.post(`${site.url}/contact`, {
        form: { started, name: 'Ana', email: address, replyBy: 'email', message: 'Once, across processes' },
        headers: { origin: site.url, accept: 'text/html' },
        maxRedirects: 0,
      });
    expect((await send(a!, email)).status()).toBe(303);
    expect((await send(b!, email)).status()).toBe(303);
    expect(await adminEntries(request, 'contact-message', email)).toHaveLength(1);
    // Two posts counted so far; two more pass, alternating, and the fifth is refused wherever it goes.
    const bot = (site: Running) =>
      request.post(`${site.url}/contact`, { form: { name: '' }, headers: { origin: site.url, accept: 'text/html' }, maxRedirects: 0 });
    expect((await bot(a!)).status()).toBe(303);
    expect((await bot(b!)).status()).toBe(303);
    expect((await bot(a!)).status()).toBe(429);
    expect((await bot(b!)).status()).toBe(429);

    // Redis unreachable: the forms still answer (per-process counting), with one line in the log.
    const alone = await startSite(4182, { ...env, REDIS_URL: 'redis://127.0.0.1:9' });
    running.push(alone);
    for (let i = 0; i < 4; i += 1) expect((await bot(alone)).status()).toBe(303);
    expect((await bot(alone)).status()).toBe(429);
    // Said once, however many times the client has tried to reconnect by now.
    const unreachable = () => alone.output().match(/\[limits\] Redis unreachable/g)?.length ?? 0;
    await expect.poll(unreachable, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(unreachable()).toBe(1);
  });
});
