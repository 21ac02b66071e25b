// Who a per-visitor limit counts: the client's address, as a key. One IPv6 client holds a whole
// /64 (its provider hands out at least that, and it picks new addresses in it at will), so it is
// counted by its /64; an IPv4 address is the same client however it is written (`::ffff:1.2.3.4`
// from a dual-stack socket, `1.2.3.4` from a proxy's header).
import ipaddr from 'ipaddr.js';

const IPV6_PREFIX = 64;

export function clientKey(address: string): string {
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) return ipaddr.IPv4.parse(address).toString();
  if (!ipaddr.IPv6.isValid(address)) return address; // not an address (a proxy's header): counted as it is
  const ip = ipaddr.IPv6.parse(address);
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address().toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${ip.toNormalizedString()}/${IPV6_PREFIX}`).toRFC5952String()}/${IPV6_PREFIX}`;
}
