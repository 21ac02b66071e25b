// The key every CMS rate limit counts a client under (issue #37): one IPv6 line cannot rotate
// through its /64, and one IPv4 client is one key however the socket writes its address.
import { describe, expect, it } from 'vitest';
import { clientKey } from '../src/utils/client-key';

describe('clientKey', () => {
  it('is one key for every address of an IPv6 /64', () => {
    const keys = ['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:0db8:0001:0002:abcd::9'].map(clientKey);
    expect(new Set(keys).size).toBe(1);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(keys[0]);
  });

  it('is the IPv4 address for its IPv4-mapped IPv6 form', () => {
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('203.0.113.8')).not.toBe('203.0.113.7');
  });

  it('keeps what is not an address as it is', () => {
    expect(clientKey('')).toBe('');
    expect(clientKey('unknown')).toBe('unknown');
  });
});
