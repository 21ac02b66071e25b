import { describe, expect, it } from 'vitest';
import { siteSetting } from '../../../cms/src/seed/site-setting';
import hotlineSchema from '../../../cms/src/components/shared/hotline.json';
import { FALLBACK_HOTLINE, FALLBACK_SETTINGS, fallbackSettings, smsHref, telHref } from './hotline';

describe('the built-in hotline fallback', () => {
  it('agrees with the numbers the CMS is seeded with', () => {
    const { phone, sms, tty } = siteSetting.hotline;
    expect(FALLBACK_HOTLINE).toMatchObject({ label: siteSetting.hotlineLabel, phone, sms, tty });
    expect(FALLBACK_HOTLINE.phone).toBe('1-888-373-7888');
    expect(FALLBACK_SETTINGS.quickExitUrl).toBe(siteSetting.quickExitUrl);
  });

  it('names the hotline in each language, with the same numbers', () => {
    expect(fallbackSettings('en')).toEqual(FALLBACK_SETTINGS);
    expect(fallbackSettings('es').hotline).toEqual({ ...FALLBACK_HOTLINE, label: 'Línea Nacional contra la Trata de Personas' });
    expect(fallbackSettings('fr').hotline.label).toBe('Ligne nationale contre la traite des êtres humains');
  });
});

describe('hotline links', () => {
  it('dials US numbers, however they are written, with the country code +1', () => {
    for (const written of ['1-888-373-7888', '888-373-7888', '(888) 373-7888', '888.373.7888', '1 888 373 7888', '18883737888']) {
      expect(telHref(written), written).toBe('tel:+18883737888');
    }
  });

  it('dials short codes as they are, never as a country code (tel:+711 would dial abroad)', () => {
    for (const code of ['211', '311', '511', '711', '811', '911']) {
      expect(telHref(code), code).toBe(`tel:${code}`);
    }
    expect(telHref('7 1 1')).toBe('tel:711');
  });

  it('gives every value the CMS accepts a link without a foreign country code', () => {
    const { phone, tty } = hotlineSchema.attributes;
    const accepts = (pattern: string, value: string) => new RegExp(pattern).test(value);
    // The phone field takes only 1-NNN-NNN-NNNN: always +1.
    expect(accepts(phone.regex, '1-888-373-7888')).toBe(true);
    expect(telHref('1-888-373-7888')).toBe('tel:+18883737888');
    // The TTY field takes 3 to 15 digits: only a US number gets a +, and that + is +1.
    for (let length = 3; length <= 15; length += 1) {
      const value = '7'.repeat(length);
      expect(accepts(tty.regex, value), value).toBe(true);
      expect(telHref(value), value).toBe(length === 10 ? `tel:+1${value}` : `tel:${value}`);
    }
    expect(telHref('17775551234')).toBe('tel:+17775551234');
  });

  it('texts the short code', () => {
    expect(smsHref('233733')).toBe('sms:233733');
  });
});
