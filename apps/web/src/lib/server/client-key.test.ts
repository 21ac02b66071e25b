import { describe, expect, it } from 'vitest';
import { clientKey } from './client-key';

describe('the key a per-visitor limit counts an address by', () => {
  it('is one for every address of an IPv6 /64, written any way', () => {
    const keys = ['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:DB8:1:2:0:0:0:9', '2001:0db8:0001:0002::abcd', '2001:db8:1:2::7%eth0'].map(clientKey);
    expect(new Set(keys)).toEqual(new Set(['2001:db8:1:2::/64']));
  });

  it('tells two /64s apart', () => {
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
    expect(clientKey('::1')).toBe('::/64');
  });

  it('is the IPv4 address, however the socket or a proxy writes it', () => {
    for (const address of ['1.2.3.4', '::ffff:1.2.3.4', '::FFFF:1.2.3.4', '::ffff:102:304', '0:0:0:0:0:ffff:1.2.3.4']) {
      expect(clientKey(address), address).toBe('1.2.3.4');
    }
    expect(clientKey('1.2.3.5')).toBe('1.2.3.5');
  });

  it('keeps anything that is not an address as it is', () => {
    for (const value of ['', 'unknown', '01.2.3.4', '1.2.3', '999.1.1.1', 'x'.repeat(50)]) expect(clientKey(value), value).toBe(value);
  });
});
