import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from './settings.js';

describe('the site’s settings', () => {
  it('take the default for an empty or unset value, as a copied .env.example line has', () => {
    const empty = readSettings({ FORMS_RATE_LIMIT: '', CONTENT_TTL_SECONDS: '  ', CMS_URL: '' });
    expect(empty.FORMS_RATE_LIMIT).toBe(10);
    expect(empty.CONTENT_TTL_SECONDS).toBe(30);
    expect(empty.CMS_URL).toBeUndefined();
    expect(readSettings({}).FORMS_RATE_WINDOW_SECONDS).toBe(600);
    expect(readSettings({ CONTENT_TTL_SECONDS: '0', CSRF_ALLOW_HOST: 'true' })).toMatchObject({ CONTENT_TTL_SECONDS: 0, CSRF_ALLOW_HOST: true });
  });

  it('refuse a value that is not what the setting takes, naming every variable', () => {
    expect(() => readSettings({ FORMS_RATE_LIMIT: 'ten' })).toThrow(SettingsError);
    const all = () => readSettings({ FORMS_RATE_LIMIT: 'ten', CMS_URL: 'cms:1337', CSRF_ALLOW_HOST: 'yes', REDIS_URL: 'localhost' });
    expect(all).toThrow('FORMS_RATE_LIMIT="ten" must be a whole number');
    expect(all).toThrow('CMS_URL="cms:1337" must be a full URL starting with http:// or https://');
    expect(all).toThrow('CSRF_ALLOW_HOST="yes" must be true or false');
    expect(all).toThrow('REDIS_URL="localhost" must be a full URL starting with redis:// or rediss://');
    // 0 posts per window would refuse every form: the limit is at least 1.
    expect(() => readSettings({ FORMS_RATE_LIMIT: '0' })).toThrow(/FORMS_RATE_LIMIT="0" must be at least 1/);
  });
});
