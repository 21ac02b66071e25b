// A flood of made-up newsletter tokens from many addresses (320 posts from 32, each address within
// its own limit) cannot use up a budget real visitors share: the site asks the CMS with its own
// token, so a real subscriber's unsubscribe still works right after.
import { expect, test } from '@playwright/test';
import { adminEntries, CMS, mailBody, mailsTo, messagesOf, onSharedCms } from '../helpers';
import { type Running, startSite } from '@maine-sten/test-harness/processes';
import { PATIENT_WITH_THE_CMS } from './support';

const PORT = 4186;
let site: Running | undefined;
test.afterAll(() => site?.stop());

test('a flood of random tokens leaves a real visitor’s unsubscribe working', async ({ request }) => {
  site = await startSite(PORT, {
    ...onSharedCms('flood'),
    ...PATIENT_WITH_THE_CMS,
    // Each visitor by the address the proxy names (documentation addresses, only ever a header here).
    ADDRESS_HEADER: 'x-forwarded-for',
    XFF_DEPTH: '1',
    FORMS_RATE_LIMIT: '10',
  });
  const email = `flood-${Date.now()}@example.test`;
  const signUp = await request.post(`${CMS}/api/newsletter-subscriptions`, {
    headers: { authorization: `Bearer ${process.env.E2E_FORMS_TOKEN}` },
    data: { data: { email, consent: true } },
  });
  expect(signUp.status()).toBe(202); // every sign-up's answer, new address or not
  await expect.poll(async () => (await mailsTo(request, email)).length, { timeout: 60_000 }).toBe(1);
  const token = /\/newsletter\/unsubscribe\?token=([\w-]+)/.exec(mailBody((await mailsTo(request, email))[0]!))![1]!;

  const post = (from: string, value: string) =>
    request.post(`${site!.url}/newsletter/unsubscribe`, {
      form: { token: value },
      headers: { origin: site!.url, accept: 'text/html', 'x-forwarded-for': from },
    });
  const statuses: number[] = [];
  for (let address = 1; address <= 32; address += 1) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(`203.0.113.${address}`, Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url'))),
    );
    statuses.push(...answers.map((answer) => answer.status()));
  }
  // Answered as the page answers any link (an unsubscribe says nothing of whether it was known):
  // never "unavailable" because the CMS refused the site.
  expect(new Set(statuses)).toEqual(new Set([200]));

  expect(await adminEntries(request, 'newsletter-subscription', email)).toHaveLength(1);
  const real = await post('198.51.100.7', token);
  expect(real.status()).toBe(200);
  expect(await real.text()).toContain(messagesOf('en').formUnsubscribedTitle!);
  expect(await adminEntries(request, 'newsletter-subscription', email)).toEqual([]);
});
