// One client searching 50,000 made-up words, as fast as the site answers: the web process's memory
// stays bounded, because the search index remembers a bounded number of words. After a garbage
// collection, the JS heap in use stays about what it was (it grew ~3 MB per 1,000 new words
// before) and the RSS levels off under the documented ceiling (docs/operations.md: 450 MB; V8 keeps the heap
// it grew under load committed). The per-visitor limit is lifted here, to flood the index itself.
import { expect, test } from '@playwright/test';
import { onSharedCms } from '../helpers';
import { startSite } from '@maine-sten/test-harness/processes';
import { PATIENT_WITH_THE_CMS } from './support';

const PORT = 4185;
const QUERIES = 50_000;
const RSS_CEILING_MB = 450;

test('50,000 different searches keep the site’s memory bounded', async () => {
  test.setTimeout(600_000);
  const site = await startSite(PORT, {
    ...onSharedCms('search-flood'),
    ...PATIENT_WITH_THE_CMS,
    SEARCH_RATE_LIMIT: '1000000',
    NODE_OPTIONS: '--expose-gc',
  });
  /** RSS and heap in use after a garbage collection, in MB (the site prints them on SIGUSR2). */
  const memory = async () => {
    const before = site.output().length;
    site.signal('SIGUSR2');
    const pattern = /\[memory\] rss=(\d+) heapTotal=\d+ heapUsed=(\d+)/;
    await expect.poll(() => site.output().slice(before), { timeout: 60_000 }).toMatch(pattern);
    const [, rss, heap] = pattern.exec(site.output().slice(before))!;
    return { rss: Number(rss) / 1e6, heap: Number(heap) / 1e6 };
  };
  const search = (q: string) =>
    fetch(`${site.url}/search`, {
      method: 'POST',
      headers: { origin: site.url, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ q }),
    }).then((response) => {
      if (response.status !== 200) throw new Error(`search answered ${response.status}`);
      return response.arrayBuffer();
    });
  const flood = async (from: number, to: number) => {
    let next = from;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < to) {
          const i = next++;
          await search(`${i.toString(36)}qz${(i * 7919).toString(36)} trafic${i}`);
        }
      }),
    );
  };
  try {
    await flood(-200, 0);
    const start = await memory();
    const started = Date.now();
    await flood(0, QUERIES / 2);
    const half = await memory();
    await flood(QUERIES / 2, QUERIES);
    const end = await memory();
    console.log(
      `search flood: ${QUERIES} queries in ${((Date.now() - started) / 1000).toFixed(0)} s; after GC, RSS ${start.rss.toFixed(0)} → ${half.rss.toFixed(0)} → ${end.rss.toFixed(0)} MB, heap used ${start.heap.toFixed(0)} → ${half.heap.toFixed(0)} → ${end.heap.toFixed(0)} MB`,
    );
    expect(end.heap - start.heap).toBeLessThan(20);
    expect(end.rss).toBeLessThan(RSS_CEILING_MB);
  } finally {
    await site.stop();
  }
});
