// The hotline as the site shows it. The numbers come from the CMS (siteSetting.hotline); this
// built-in copy is used only when the CMS cannot be reached, so the hotline is never missing.
import type { SiteSettings } from '@maine-sten/content-client';

export const FALLBACK_SETTINGS: SiteSettings = {
  siteName: 'Maine STEN',
  quickExitUrl: 'https://www.weather.gov/',
  donateUrl: null,
  newsletterUrl: null,
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

/** `tel:` link for a number written as 1-888-373-7888 (US numbers, country code 1). */
export const telHref = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  return `tel:+${digits.length === 10 ? `1${digits}` : digits}`;
};

export const smsHref = (sms: string): string => `sms:${sms.replace(/\D/g, '')}`;
