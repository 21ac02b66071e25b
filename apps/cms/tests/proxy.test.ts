// Behind a proxy (TRUST_PROXY=true) the rate limit counts each visitor by the address the proxy
// puts in X-Forwarded-For; a visitor cannot pick another bucket by sending the header itself,
// since only the last entry (the proxy's) counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

process.env.TRUST_PROXY = 'true';
process.env.RATE_LIMIT_MAX = '3';
process.env.RATE_LIMIT_WINDOW_MS = '60000';

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});

const statuses = async (forwardedFor: string, count: number) => {
  const result: number[] = [];
  for (let i = 0; i < count; i += 1) {
    result.push((await fetch(`${cms.url}/api/faqs`, { headers: { 'x-forwarded-for': forwardedFor } })).status);
  }
  return result;
};

describe('rate limit behind a trusted proxy', () => {
  it('gives each visitor its own bucket', async () => {
    expect(await statuses('203.0.113.1', 5)).toEqual([200, 200, 200, 429, 429]);
    expect(await statuses('203.0.113.2', 3)).toEqual([200, 200, 200]);
  });

  it('ignores addresses a visitor prepends to the header', async () => {
    expect(await statuses('198.51.100.7, 203.0.113.1', 2)).toEqual([429, 429]);
  });
});
