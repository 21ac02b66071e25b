// The revalidation endpoint the CMS calls on every change.
import { expect, test } from '@playwright/test';

const secret = process.env.E2E_REVALIDATE_SECRET!;
const post = (request: import('@playwright/test').APIRequestContext, data: unknown, token = secret) =>
  request.post('/api/revalidate', { data, headers: { authorization: `Bearer ${token}` } });

test('refuses a missing or wrong secret with 401', async ({ request }) => {
  expect((await request.post('/api/revalidate', { data: { model: 'faq' } })).status()).toBe(401);
  expect((await post(request, { model: 'faq' }, 'wrong-secret')).status()).toBe(401);
});

test('accepts duplicate payloads harmlessly', async ({ request }) => {
  const payload = { event: 'entry.publish', model: 'faq', entry: { documentId: 'x' } };
  for (let i = 0; i < 3; i += 1) {
    const response = await post(request, payload);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ invalidated: expect.any(Number) });
  }
  // The site goes on as before: the page renders whole, and is kept again for the next visitor.
  const first = await request.get('/faq');
  expect(first.status()).toBe(200);
  expect(await first.text()).toContain('What is human trafficking?');
  const second = await request.get('/faq');
  expect(second.headers()['x-output-cache']).toBe('hit');
  expect(await second.text()).toBe(await first.text());
});

test('accepts unknown models, documentIds and partial payloads harmlessly', async ({ request }) => {
  for (const payload of [{ model: 'no-such-model' }, { event: 'entry.update', entry: { documentId: 'nope' } }, {}]) {
    const response = await post(request, payload);
    expect(response.status()).toBe(200);
  }
  expect(await (await post(request, { model: 'no-such-model' })).json()).toEqual({ invalidated: 0 });
  expect((await post(request, 'not an object')).status()).toBe(400);
});
