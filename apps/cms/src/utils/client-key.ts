// The key a rate limit counts one client under. An IPv4 address is one client; an IPv4-mapped IPv6
// address (::ffff:1.2.3.4, what a dual-stack socket reports) is that same IPv4 client; an IPv6
// client is its /64, the smallest block a provider gives one line, which it may rotate through at will.
import ipaddr from 'ipaddr.js';

export function clientKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip); // unwraps IPv4-mapped IPv6
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toNormalizedString()}/64`;
}
