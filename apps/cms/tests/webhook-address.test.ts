// The partner-webhook address guard (src/webhooks/address.ts) against every other way of writing
// this machine, the local network or the cloud's metadata address: as an address alone, in an
// address typed in the admin (refused at save, saying why), and as a name's DNS answer or a
// redirect's target (refused before any connection). Real connections go only to listeners this
// file starts on 127.0.0.1, which must receive nothing: no packet is sent anywhere else, even to
// show that the guard works.
import http from 'node:http';
import type { LookupAddress } from 'node:dns';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { guardedPost, isPrivateAddress, publicOnlyLookup, RefusedAddressError, webhookUrlProblem, whyRefused, type ResolveAll } from '../src/webhooks/address';
import { SUBSCRIPTION } from '../src/webhooks/deliveries';

delete process.env.WEBHOOKS_ALLOW_PRIVATE; // the guard as in production

/** Teredo (2001:0::/32): the relay's IPv4 address, then the client's with every bit flipped. */
const teredo = (server: string, client: string) => {
  const [a, b, c, d] = server.split('.').map(Number) as [number, number, number, number];
  const flipped = client.split('.').map((octet) => 255 - Number(octet)) as [number, number, number, number];
  const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
  return `2001:0:${hex(a, b)}:${hex(c, d)}:8000:0:${hex(flipped[0], flipped[1])}:${hex(flipped[2], flipped[3])}`;
};

/** [notation, what the refusal must name] */
const REFUSED: [string, RegExp][] = [
  // 127.0.0.1, however it is written
  ['127.0.0.1', /loopback/],
  ['2130706433', /loopback/], // one decimal number
  ['0x7f000001', /loopback/], // one hexadecimal number
  ['0x7f.1', /loopback/],
  ['127.1', /loopback/],
  ['0177.0.0.1', /loopback/], // octal
  ['::1', /loopback/],
  ['::ffff:127.0.0.1', /127\.0\.0\.1 \(IPv4-mapped\), a loopback/],
  ['::ffff:7f00:1', /127\.0\.0\.1 \(IPv4-mapped\), a loopback/],
  ['::ffff:0:7f00:1', /127\.0\.0\.1 \(IPv4-translated\), a loopback/],
  ['::7f00:1', /127\.0\.0\.1 \(IPv4-compatible\), a loopback/], // how a URL writes [::127.0.0.1]
  ['::127.0.0.1', /127\.0\.0\.1 .*loopback/],
  ['64:ff9b::7f00:1', /127\.0\.0\.1 \(NAT64\), a loopback/],
  ['64:ff9b::127.0.0.1', /127\.0\.0\.1 \(NAT64\), a loopback/],
  ['2002:7f00:1::', /127\.0\.0\.1 \(6to4\), a loopback/],
  [teredo('8.8.8.8', '127.0.0.1'), /127\.0\.0\.1 \(Teredo\), a loopback/],
  [teredo('10.0.0.1', '8.8.8.8'), /10\.0\.0\.1 \(Teredo\), a private network/],
  // "this host"
  ['0.0.0.0', /unspecified/],
  ['0', /unspecified/],
  ['::', /unspecified/],
  // the cloud's metadata service, and the rest of link-local
  ['169.254.169.254', /link-local/],
  ['2852039166', /link-local/],
  ['0xa9fea9fe', /link-local/],
  ['0xa9.0xfe.0xa9.0xfe', /link-local/],
  ['0251.0376.0251.0376', /link-local/],
  ['169.254.43518', /link-local/],
  ['::ffff:a9fe:a9fe', /169\.254\.169\.254 \(IPv4-mapped\), a link-local/],
  ['64:ff9b::a9fe:a9fe', /169\.254\.169\.254 \(NAT64\), a link-local/],
  ['2002:a9fe:a9fe::1', /169\.254\.169\.254 \(6to4\), a link-local/],
  ['fe80::1', /link-local/],
  ['fe80::1%eth0', /link-local/],
  // private networks
  ['10.0.0.5', /private network/],
  ['172.16.0.1', /private network/],
  ['192.168.1.1', /private network/],
  ['0xc0a80101', /private network/],
  ['::ffff:10.0.0.5', /10\.0\.0\.5 \(IPv4-mapped\), a private network/],
  ['fc00::1', /unique local/],
  ['fd12:3456::1', /unique local/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['64:ff9b:1::a00:5', /local-use NAT64/],
  // nobody's server
  ['224.0.0.1', /multicast/],
  ['ff02::1', /multicast/],
  ['255.255.255.255', /broadcast/],
  ['240.0.0.1', /reserved/],
  ['192.0.0.8', /reserved/],
  ['198.18.0.1', /reserved/],
  ['2001:db8::1', /reserved/],
  ['fec0::1', /deprecatedSiteLocal/],
  ['100::1', /discard/],
  ['not-an-address', /not an IP address/],
];

/** Public servers, however written: kept. */
const PUBLIC = ['8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1', teredo('8.8.4.4', '8.8.8.8'), '134744072'];

describe('an address alone', () => {
  it.each(REFUSED)('%s is refused, saying why', (address, why) => {
    expect(isPrivateAddress(address)).toBe(true);
    expect(whyRefused(address)).toMatch(why);
  });

  it.each(PUBLIC)('%s is a public server', (address) => {
    expect(whyRefused(address)).toBeNull();
    expect(isPrivateAddress(address)).toBe(false);
  });
});

/** How each address is written in a URL (IPv6 in brackets). */
const inUrl = (address: string) => (address.includes(':') ? `[${address}]` : address);

describe('an address typed in the admin', () => {
  // A URL holds no zone (%eth0), and a word is a name (resolved at delivery), not an address.
  const typed = REFUSED.filter(([address]) => !address.includes('%') && address !== 'not-an-address');

  it.each(typed)('https://%s/ is refused, saying why', (address, why) => {
    const problem = webhookUrlProblem(`https://${inUrl(address)}/hooks`);
    expect(problem).toMatch(/^The address must be a partner’s public server/);
    expect(problem).toMatch(why);
  });

  it.each([
    ['http://partner.example.org/hooks', /must start with https:\/\//],
    ['not a url', /must start with https:\/\//],
    ['https://localhost/hooks', /localhost is a name of this machine/],
    ['https://LOCALHOST./hooks', /localhost is a name of this machine/],
    ['https://api.localhost/hooks', /api\.localhost is a name of this machine/],
  ])('%s is refused', (url, why) => {
    expect(webhookUrlProblem(url)).toMatch(why);
  });

  it.each(['https://partner.example.org/hooks', 'https://8.8.8.8/hooks', 'https://[2606:4700:4700::1111]/hooks', 'https://[64:ff9b::808:808]/hooks'])(
    '%s is kept',
    (url) => {
      expect(webhookUrlProblem(url)).toBeNull();
    },
  );
});

describe('a name', () => {
  /** A resolver answering `addresses` for every name, so no DNS server is asked. */
  const answering =
    (...addresses: string[]): ResolveAll =>
    (_hostname, _options, callback) =>
      callback(null, addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 })));
  const resolve = (lookup: ReturnType<typeof publicOnlyLookup>, all: boolean) =>
    new Promise<{ error: Error | null; address: string | LookupAddress[] }>((done) =>
      lookup('partner.example.org', { all }, (error, address) => done({ error, address })),
    );
  const guard = (resolveAll: ResolveAll) => publicOnlyLookup((address) => !isPrivateAddress(address), resolveAll);

  it.each(['::ffff:7f00:1', '64:ff9b::7f00:1', '2002:a9fe:a9fe::', '::7f00:1', '0.0.0.0', '::'])('resolving to %s is refused before connecting', async (address) => {
    const { error } = await resolve(guard(answering(address)), false);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect(error?.message).toContain(`partner.example.org resolves to ${address}, which webhooks may not reach (`);
  });

  it('is refused when any of its addresses is private (the connection may go to any of them)', async () => {
    const { error } = await resolve(guard(answering('8.8.8.8', '::ffff:a9fe:a9fe')), true);
    expect(error).toBeInstanceOf(RefusedAddressError);
  });

  it('resolving to public servers only is connected to', async () => {
    expect(await resolve(guard(answering('8.8.8.8', '2606:4700:4700::1111')), true)).toEqual({
      error: null,
      address: [
        { address: '8.8.8.8', family: 4 },
        { address: '2606:4700:4700::1111', family: 6 },
      ],
    });
    expect(await resolve(guard(answering('64:ff9b::808:808')), false)).toEqual({ error: null, address: '64:ff9b::808:808' });
  });
});

/** A server on 127.0.0.1 counting what reaches it; `redirectTo` answers every request with a 307 there. */
async function listener(redirectTo?: string) {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests += 1;
    req.resume();
    if (redirectTo) res.writeHead(307, { location: redirectTo }).end();
    else res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests: () => requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the client keeps its connection open for the next request
      }),
  };
}

describe('a delivery', () => {
  let target: Awaited<ReturnType<typeof listener>>;
  beforeAll(async () => {
    target = await listener();
  });
  afterAll(() => target.stop());

  // Each of these is 127.0.0.1 (the kernel takes ::ffff:127.0.0.1 there too): the listener's port.
  it.each(['2130706433', '0x7f.1', '127.1', '0177.0.0.1', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]'])(
    'to http://%s:<port>/ connects to nothing',
    async (host) => {
      await expect(guardedPost(`http://${host}:${target.port}/hooks`, '{}', {})).rejects.toBeInstanceOf(RefusedAddressError);
      expect(target.requests()).toBe(0);
    },
  );

  it('is not followed to a redirect’s private address, however it is written', async () => {
    const hop = await listener(`http://[::ffff:7f00:1]:${target.port}/hooks`);
    try {
      // Only the first server (on 127.0.0.1, written so) is let through by this rule.
      const allowed = (address: string) => address === '127.0.0.1' || !isPrivateAddress(address);
      await expect(guardedPost(`http://127.0.0.1:${hop.port}/hooks`, '{}', {}, { allowed })).rejects.toThrow(
        /::ffff:7f00:1 is an address webhooks may not reach \(127\.0\.0\.1 \(IPv4-mapped\), a loopback/,
      );
      expect(hop.requests()).toBe(1);
      expect(target.requests()).toBe(0);
    } finally {
      await hop.stop();
    }
  });
});

describe('saving a subscription', () => {
  const suiteCms = useSuiteCms();
  let cms: BootedCms;
  beforeAll(() => {
    cms = suiteCms();
  });

  const save = (url: string) => cms.strapi.documents(SUBSCRIPTION).create({ data: { name: 'Partner', url, enabled: false } });

  it.each([
    ['https://2130706433/hooks', /127\.0\.0\.1 is a loopback address/],
    ['https://0x7f.1/hooks', /127\.0\.0\.1 is a loopback address/],
    ['https://[::ffff:127.0.0.1]/hooks', /::ffff:7f00:1 is 127\.0\.0\.1 \(IPv4-mapped\), a loopback address/],
    ['https://[::127.0.0.1]/hooks', /::7f00:1 is 127\.0\.0\.1 \(IPv4-compatible\), a loopback address/],
    ['https://[64:ff9b::7f00:1]/hooks', /NAT64/],
    ['https://[2002:7f00:1::]/hooks', /6to4/],
    ['https://0251.0376.0251.0376/latest/meta-data', /169\.254\.169\.254 is a link-local address/],
    ['https://[::]/hooks', /:: is the unspecified address/],
  ])('%s is refused, saying why', async (url, why) => {
    const before = await cms.strapi.db.query(SUBSCRIPTION).count();
    await expect(save(url)).rejects.toThrow(why);
    expect(await cms.strapi.db.query(SUBSCRIPTION).count()).toBe(before);
  });

  it('keeps a public https:// address', async () => {
    const saved = await save('https://partner.example.org/hooks');
    expect(saved.url).toBe('https://partner.example.org/hooks');
  });
});
