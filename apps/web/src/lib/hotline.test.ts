import { describe, expect, it } from 'vitest';
import { siteSetting } from '../../../cms/src/seed/site-setting';
import { FALLBACK_HOTLINE, fillHotlineTokens, smsHref, telHref } from './hotline';

describe('the built-in hotline fallback', () => {
  it('agrees with the numbers the CMS is seeded with', () => {
    const { label, phone, sms, tty } = siteSetting.hotline;
    expect(FALLBACK_HOTLINE).toMatchObject({ label, phone, sms, tty });
    expect(FALLBACK_HOTLINE.phone).toBe('1-888-373-7888');
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

describe('fillHotlineTokens', () => {
  it('replaces every token with the current numbers', () => {
    const text = 'Call {{hotline.phone}}, text {{ hotline.sms }} or use TTY {{hotline.tty}}.';
    expect(fillHotlineTokens(text, FALLBACK_HOTLINE)).toBe('Call 1-888-373-7888, text 233733 or use TTY 711.');
  });

  it('leaves unknown tokens and other braces alone', () => {
    expect(fillHotlineTokens('{{hotline.fax}} {x}', FALLBACK_HOTLINE)).toBe('{{hotline.fax}} {x}');
  });
});
