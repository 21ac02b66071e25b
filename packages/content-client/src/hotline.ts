// Editors write {{hotline.phone}}, {{hotline.sms}} or {{hotline.tty}} in CMS text so the hotline
// numbers are typed in one place only (site settings). Whoever renders the text fills them in.

export interface HotlineNumbers {
  label: string;
  phone: string;
  sms: string;
  tty: string;
}

const TOKEN = /\{\{\s*hotline\.(label|phone|sms|tty)\s*\}\}/g;

export const fillHotlineTokens = (text: string, hotline: HotlineNumbers): string =>
  text.replace(TOKEN, (_token, field: keyof HotlineNumbers) => hotline[field]);
