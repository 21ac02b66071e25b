// The hotline as the site shows it. The numbers come from the CMS (siteSetting.hotline); this
// built-in copy is shown only when the CMS cannot be reached, so the hotline is never missing.

export interface Hotline {
  label: string;
  phone: string;
  sms: string;
  tty: string;
  url: string | null;
  notice: string | null;
}

export const FALLBACK_HOTLINE: Hotline = {
  label: 'National Human Trafficking Hotline',
  phone: '1-888-373-7888',
  sms: '233733',
  tty: '711',
  url: null,
  notice: null,
};

/** `tel:` link for a number written as 1-888-373-7888 (US numbers, country code 1). */
export const telHref = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  return `tel:+${digits.length === 10 ? `1${digits}` : digits}`;
};

export const smsHref = (sms: string): string => `sms:${sms.replace(/\D/g, '')}`;

const TOKEN = /\{\{\s*hotline\.(phone|sms|tty|label)\s*\}\}/g;

/** Replaces the {{hotline.phone}}-style tokens editors write in CMS text with the current numbers. */
export const fillHotlineTokens = (text: string, hotline: Hotline): string =>
  text.replace(TOKEN, (_token, field: 'phone' | 'sms' | 'tty' | 'label') => hotline[field]);
