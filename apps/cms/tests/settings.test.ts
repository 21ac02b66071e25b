// The CMS's settings through one schema: an empty value (a copied .env.example line) is the
// default, not NaN or 0; a wrong one stops the start naming the variable.
import { describe, expect, it } from 'vitest';
import { fillThrowawaySecrets } from '../scripts/throwaway-secrets.mjs';
import { cmsSettings } from '../src/settings';

const secrets = () => fillThrowawaySecrets({});

describe('the CMS’s settings', () => {
  it('take the default for an empty value', () => {
    const settings = cmsSettings({ ...secrets(), RATE_LIMIT_MAX: '', EMAIL_RETRY_SECONDS: ' ', CORS_ORIGINS: '', DATABASE_CLIENT: '' });
    expect(settings).toMatchObject({ RATE_LIMIT_MAX: 300, EMAIL_RETRY_SECONDS: 60, CORS_ORIGINS: ['*'], DATABASE_CLIENT: 'sqlite' });
    expect(cmsSettings({ ...secrets(), CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('refuse a wrong value or a missing secret, naming each variable', () => {
    const wrong = () => cmsSettings({ ...secrets(), RATE_LIMIT_MAX: 'ten', DATABASE_CLIENT: 'mysql', TRUST_PROXY: 'yes' });
    expect(wrong).toThrow('RATE_LIMIT_MAX="ten" must be a whole number');
    expect(wrong).toThrow('DATABASE_CLIENT="mysql" must be sqlite or postgres');
    expect(wrong).toThrow('TRUST_PROXY="yes" must be true or false');
    expect(() => cmsSettings({ ...secrets(), RATE_LIMIT_MAX: '0' })).toThrow('RATE_LIMIT_MAX="0" must be at least 1');
    expect(() => cmsSettings({ ...secrets(), JWT_SECRET: '' })).toThrow('JWT_SECRET="" is not set');
  });
});
