import { describe, expect, it } from 'vitest';
import { siteSetting } from '../../../cms/src/seed/site-setting';
import { FALLBACK_HOTLINE, FALLBACK_SETTINGS, smsHref, telHref } from './hotline';

describe('the built-in hotline fallback', () => {
  it('agrees with the numbers the CMS is seeded with', () => {
    const { label, phone, sms, tty } = siteSetting.hotline;
    expect(FALLBACK_HOTLINE).toMatchObject({ label, phone, sms, tty });
    expect(FALLBACK_HOTLINE.phone).toBe('1-888-373-7888');
    expect(FALLBACK_SETTINGS.quickExitUrl).toBe(siteSetting.quickExitUrl);
  });
});

describe('hotline links', () => {
  it('dials the full international number', () => {
    expect(telHref('1-888-373-7888')).toBe('tel:+18883737888');
    expect(telHref('888-373-7888')).toBe('tel:+18883737888');
  });

  it('texts the short code', () => {
    expect(smsHref('233733')).toBe('sms:233733');
  });
});
