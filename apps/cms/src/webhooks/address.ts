// Partner webhooks go to partners' public servers only: never to this machine, its network or the
// cloud's metadata address, which an address typed in the admin (or a partner's redirect, or a
// name that resolves to 10.0.0.5) could otherwise make the CMS reach. Checked on the address the
// connection really goes to, at every hop. WEBHOOKS_ALLOW_PRIVATE=true (tests only) lifts it.
import { lookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

// An address is read by ipaddr.js, never compared as text: 127.0.0.1 has many spellings (127.1,
// 0x7f.1, 2130706433, ::ffff:7f00:1 …), and every one of them must be refused.

/** What a range's name means to whoever typed the address. */
const RANGES: Record<string, string> = {
  loopback: 'a loopback address (this machine)',
  unspecified: 'the unspecified address (this machine)',
  private: 'a private network address',
  uniqueLocal: 'a private network address (IPv6 unique local)',
  linkLocal: 'a link-local address (the local network; the cloud metadata service is one)',
  carrierGradeNat: 'a carrier-grade NAT address (a provider’s private network)',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  rfc6052: 'a local-use NAT64 address',
};
const rangeText = (range: string) => RANGES[range] ?? `an address of the special range “${range}”`;

const v4Of = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);

/**
 * IPv6 forms that carry an IPv4 address the packets end up at (through the kernel, a NAT64 or a
 * tunnel): judged by that IPv4 address, so a partner on an IPv6-only network still gets its hooks.
 */
const CARRIERS: { prefix: [ipaddr.IPv6, number]; name: string; carried: (parts: number[]) => ipaddr.IPv4[] }[] = [
  { prefix: ipaddr.IPv6.parseCIDR('::ffff:0:0/96'), name: 'IPv4-mapped', carried: (p) => [v4Of(p[6]!, p[7]!)] },
  { prefix: ipaddr.IPv6.parseCIDR('::ffff:0:0:0/96'), name: 'IPv4-translated', carried: (p) => [v4Of(p[6]!, p[7]!)] },
  { prefix: ipaddr.IPv6.parseCIDR('::/96'), name: 'IPv4-compatible', carried: (p) => [v4Of(p[6]!, p[7]!)] },
  { prefix: ipaddr.IPv6.parseCIDR('64:ff9b::/96'), name: 'NAT64', carried: (p) => [v4Of(p[6]!, p[7]!)] },
  { prefix: ipaddr.IPv6.parseCIDR('2002::/16'), name: '6to4', carried: (p) => [v4Of(p[1]!, p[2]!)] },
  // Teredo: the relay's address, and the client's with every bit flipped.
  { prefix: ipaddr.IPv6.parseCIDR('2001::/32'), name: 'Teredo', carried: (p) => [v4Of(p[2]!, p[3]!), v4Of(~p[6]! & 0xffff, ~p[7]! & 0xffff)] },
];

/**
 * Why no partner webhook may go to this IP address (in any notation ipaddr.js reads), or null for
 * a public unicast one. Whatever is not plainly public is refused, an unreadable address too.
 */
export function whyRefused(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    const range = v6.range();
    // Inside ::/96 too, but these two are this machine, not an IPv4 address carried.
    if (range === 'loopback' || range === 'unspecified') return rangeText(range);
    const carrier = CARRIERS.find(({ prefix }) => v6.match(prefix));
    if (carrier) {
      for (const v4 of carrier.carried(v6.parts)) {
        if (v4.range() !== 'unicast') return `${v4.toString()} (${carrier.name}), ${rangeText(v4.range())}`;
      }
      return null;
    }
    return range === 'unicast' ? null : rangeText(range);
  }
  const range = parsed.range();
  return range === 'unicast' ? null : rangeText(range);
}

/** Whether an IP address is one no partner webhook may reach (loopback, private, link-local …). */
export const isPrivateAddress = (address: string): boolean => whyRefused(address) !== null;

/**
 * Why a webhook address typed in the admin cannot be kept, or null. Only what the address itself
 * says: a name is resolved, and its addresses checked, at each delivery (guardedPost).
 */
export function webhookUrlProblem(url: string): string | null {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (parsed?.protocol !== 'https:') return 'The address must start with https://';
  const host = parsed.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  const why = host === 'localhost' || host.endsWith('.localhost') ? 'a name of this machine' : ipaddr.isValid(host) ? whyRefused(host) : null;
  return why ? `The address must be a partner’s public server, not this machine or a private network: ${host} is ${why}.` : null;
}

export class RefusedAddressError extends Error {}

/** dns.lookup's form that answers every address of a name. */
export type ResolveAll = (hostname: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const reason = (address: string) => {
  const why = whyRefused(address);
  return why ? ` (${why})` : '';
};

/**
 * dns.lookup, refusing a name any of whose addresses is refused: the connection goes to one of
 * them, so each is checked here, before it is made.
 */
export const publicOnlyLookup =
  (allowed: (address: string) => boolean, resolve: ResolveAll = lookup): LookupFunction =>
  (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, list) => {
      if (error) return callback(error, '', 4);
      if (list.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
      const refused = list.find((entry) => !allowed(entry.address));
      if (refused) {
        return callback(new RefusedAddressError(`${hostname} resolves to ${refused.address}, which webhooks may not reach${reason(refused.address)}`), '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };

export interface PostResult {
  status: number;
}

const MAX_REDIRECTS = 3;

/**
 * POSTs `body` to `url`, following up to 3 redirects (307/308 keep the POST; each hop's address
 * checked again), within `timeoutMs`. Resolves with the final status; rejects when an address is
 * refused or the connection fails.
 */
export async function guardedPost(
  url: string,
  body: string,
  headers: Record<string, string>,
  { allowed = (address: string) => !isPrivateAddress(address), timeoutMs = 10_000 }: { allowed?: (address: string) => boolean; timeoutMs?: number } = {},
): Promise<PostResult> {
  let target = new URL(url);
  for (let hop = 0; ; hop += 1) {
    if (!/^https?:$/.test(target.protocol)) throw new RefusedAddressError(`${target.protocol} addresses are not allowed`);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    // A literal address is connected to without a lookup: checked here.
    if (isIP(host) && !allowed(host)) throw new RefusedAddressError(`${host} is an address webhooks may not reach${reason(host)}`);
    const status = await new Promise<{ status: number; location?: string }>((resolve, reject) => {
      const request = (target.protocol === 'https:' ? https : http).request(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          lookup: publicOnlyLookup(allowed),
          timeout: timeoutMs,
        },
        (response) => {
          response.resume(); // the answer's body is not needed
          response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location }));
          response.on('error', reject);
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
      request.on('error', reject);
      request.end(body);
    });
    if ([301, 302, 303, 307, 308].includes(status.status) && status.location) {
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      target = new URL(status.location, target);
      continue;
    }
    return { status: status.status };
  }
}
