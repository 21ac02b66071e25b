// Behind a proxy (TRUST_PROXY=true) the rate limit counts each visitor by the address the proxy
// puts in X-Forwarded-For; a visitor cannot pick another bucket by sending the header itself,
// since only the last entry (the proxy's) counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { startSmtpServer } from '@maine-sten/test-harness/smtp-server';

// The password-reset mail goes to a local SMTP server, never out.
const smtp = await startSmtpServer();
process.env.SMTP_HOST = '127.0.0.1';
process.env.SMTP_PORT = String(smtp.port);

process.env.TRUST_PROXY = 'true';
process.env.RATE_LIMIT_MAX = '3';
process.env.RATE_LIMIT_WINDOW_MS = '60000';

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});
afterAll(() => smtp.stop());

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

  it('counts an IPv6 visitor by its /64, and an IPv4-mapped address as the IPv4 one (issue #37)', async () => {
    const line = ['2001:db8:7:1::1', '2001:db8:7:1::2', '2001:db8:7:1:ffff:ffff:ffff:fffe', '2001:db8:7:1::a'];
    const answers: number[] = [];
    for (const address of line) answers.push(...(await statuses(address, 1)));
    expect(answers).toEqual([200, 200, 200, 429]);
    expect(await statuses('2001:db8:7:2::1', 1)).toEqual([200]);
    expect(await statuses('203.0.113.9', 2)).toEqual([200, 200]);
    expect(await statuses('::ffff:203.0.113.9', 2)).toEqual([200, 429]);
  });
});

describe('the admin sign-in behind a trusted proxy (issue #37)', () => {
  const post = (path: string, forwardedFor: string, body: unknown) =>
    fetch(`${cms.url}/admin/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: JSON.stringify(body) });

  it('answers a password-reset request alike for a known and an unknown address', async () => {
    const { id } = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await cms.strapi.service('admin::user').create({ email: 'known@mecasa.example', firstname: 'Known', password: 'Known-password-123', isActive: true, roles: [id] });
    const answer = async (email: string) => {
      const response = await post('forgot-password', '192.0.2.50', { email });
      return { status: response.status, body: await response.text() };
    };
    const known = await answer('known@mecasa.example');
    expect(known.status).toBe(204);
    expect(await answer('nobody@mecasa.example')).toEqual(known);
  });

  it('refuses a client (one IPv6 /64) past 30 failed sign-ins with 429, whichever emails it tries', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 32 }, (_, i) => post('login', `2001:db8:9:9::${i + 1}`, { email: `guess${i}@mecasa.example`, password: 'Wrong-password-1' })),
    );
    const statuses = attempts.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
    expect(statuses.filter((status) => status !== 429).every((status) => status === 400 || status === 401)).toBe(true);
    expect((await post('login', '2001:db8:9:a::1', { email: 'known@mecasa.example', password: 'Known-password-123' })).status).toBe(200);
  });
});
