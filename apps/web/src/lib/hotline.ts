// The hotline as the site shows it. The numbers come from the CMS (siteSetting.hotline); this
// built-in copy is used only when the CMS cannot be reached, so the hotline is never missing.
import type { SiteSettings } from '@maine-sten/content-client';
import { m, type Locale } from '$lib/i18n';

export const FALLBACK_SETTINGS: SiteSettings = {
  siteName: 'Maine STEN',
  quickExitUrl: 'https://www.weather.gov/',
  donateUrl: null,
  contactEmail: null,
  hotline: {
    label: 'National Human Trafficking Hotline',
    phone: '1-888-373-7888',
    sms: '233733',
    tty: '711',
    url: null,
    notice: null,
  },
};

export const FALLBACK_HOTLINE = FALLBACK_SETTINGS.hotline;

/** The fallback in a language: the hotline's name translated (messages), the numbers as they are. */
export const fallbackSettings = (locale: Locale): SiteSettings => ({
  ...FALLBACK_SETTINGS,
  hotline: { ...FALLBACK_HOTLINE, label: m.hotlineLabel({}, { locale }) },
});

/**
 * `tel:` link for a number as an editor types it in site settings. Ten digits, or eleven starting
 * with 1 (1-888-373-7888), are US numbers and dial as +1…. Anything else (the N11 relay and
 * service codes 211…911, other short codes) dials exactly as written: a `+` there would be read
 * as a country code (`tel:+711` dials Russia/Kazakhstan, not the US relay service).
 */
export const telHref = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
};

export const smsHref = (sms: string): string => `sms:${sms.replace(/\D/g, '')}`;
