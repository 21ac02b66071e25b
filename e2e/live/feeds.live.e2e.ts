// Publish → feed: a question changed in the CMS is the newest entry of the feeds, dropped from the
// output cache like the pages by the CMS's notice or the site's own check (never by expiring: the
// end-to-end sites keep content longer than the run). The time it took is logged.
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { parseJsonFeed } from 'feedsmith';
import { CMS, UNTIL_IT_HAPPENS, WRITE_AUTH } from '../helpers';

test('a published change is first in both feeds, without waiting for the cache', async ({ request }) => {
  const listed = await request.get(`${CMS}/api/faqs?sort=order:asc&pagination[pageSize]=1`, { headers: WRITE_AUTH });
  const [faq] = ((await listed.json()) as { data: { documentId: string; question: string }[] }).data;
  await request.get('/feed.json'); // in the output cache before the change
  const question = `Who can call the hotline? (feed test ${Date.now()})`;
  const edited = await request.put(`${CMS}/api/faqs/${faq!.documentId}?status=published`, { headers: WRITE_AUTH, data: { data: { question } } });
  expect(edited.status()).toBe(200);
  const start = Date.now();
  await expect
    .poll(async () => parseJsonFeed(await (await request.get('/feed.json')).text()).items?.[0]?.title, { ...UNTIL_IT_HAPPENS, intervals: [100] })
    .toBe(question);
  console.log(`[feeds] change first in /feed.json after ${Date.now() - start} ms`);
  const atom = parseFeed(await (await request.get('/feed.atom')).text());
  expect(atom.items[0]?.title).toBe(question);
  expect(atom.items[0]?.id).toBe(`urn:maine-sten:faq:${faq!.documentId}:en`);
  // Put back as it was, for the tests after this one.
  await request.put(`${CMS}/api/faqs/${faq!.documentId}?status=published`, { headers: WRITE_AUTH, data: { data: { question: faq!.question } } });
});
