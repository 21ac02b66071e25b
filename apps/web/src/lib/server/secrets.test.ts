import { describe, expect, it } from 'vitest';
import { sameSecret } from './secrets';

describe('sameSecret', () => {
  it('accepts the same secret only', () => {
    expect(sameSecret('s3cret-value', 's3cret-value')).toBe(true);
    expect(sameSecret('s3cret-valuE', 's3cret-value')).toBe(false);
    expect(sameSecret('', 's3cret-value')).toBe(false);
  });

  it('never throws on other lengths or non-ASCII input', () => {
    for (const given of ['é'.repeat(43), 'x', '\u0000', '💥'.repeat(1000), 'a'.repeat(43)]) {
      expect(() => sameSecret(given, 'a'.repeat(43))).not.toThrow();
      expect(sameSecret(given, 'a'.repeat(43))).toBe(given === 'a'.repeat(43));
    }
  });

  it('refuses everything when no secret is configured', () => {
    expect(sameSecret('', '')).toBe(false);
    expect(sameSecret('anything', undefined)).toBe(false);
    expect(sameSecret(null, 'secret')).toBe(false);
  });
});
