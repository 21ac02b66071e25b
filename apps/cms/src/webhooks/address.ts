// Partner webhooks go to partners' public servers only: never to this machine, its network or the
// cloud's metadata address, which an address typed in the admin (or a partner's redirect, or a
// name that resolves to 10.0.0.5) could otherwise make the CMS reach. Checked on the address the
// connection really goes to, at every hop. WEBHOOKS_ALLOW_PRIVATE=true (tests only) lifts it.
import { lookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

const V4_PRIVATE: [number, number][] = [
  // [network as a number, prefix length]
  [0x00000000, 8], // "this" network
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local (169.254.169.254: cloud metadata)
  [0xac100000, 12], // 172.16/12
  [0xc0000000, 24], // 192.0.0/24
  [0xc0a80000, 16], // 192.168/16
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xe0000000, 4], // multicast
  [0xf0000000, 4], // reserved, broadcast
];

const v4Number = (address: string) => address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);

/** Whether an IP address is one no partner webhook may reach (loopback, private, link-local …). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPrivateAddress(mapped[1]!);
  if (isIP(address) === 4) {
    const value = v4Number(address);
    return V4_PRIVATE.some(([network, prefix]) => Math.floor(value / 2 ** (32 - prefix)) === Math.floor(network / 2 ** (32 - prefix)));
  }
  const lower = address.toLowerCase();
  return (
    lower === '::' ||
    lower === '::1' ||
    /^f[cd]/.test(lower) || // unique local fc00::/7
    /^fe[89ab]/.test(lower) || // link-local fe80::/10
    /^ff/.test(lower) // multicast
  );
}

export class RefusedAddressError extends Error {}

/** dns.lookup, refusing a name whose address is private. */
export const publicOnlyLookup =
  (allowed: (address: string) => boolean): LookupFunction =>
  (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as { address: string; family: number }[];
      const refused = list.find((entry) => !allowed(entry.address));
      if (refused) return callback(new RefusedAddressError(`${hostname} resolves to ${refused.address}, which webhooks may not reach`), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
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
    if (isIP(host) && !allowed(host)) throw new RefusedAddressError(`${host} is an address webhooks may not reach`);
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
