// src/error.html is SvelteKit's last-resort page (shown when even the layout fails): it must carry
// the built-in hotline, with the same numbers and links as every other page, and the quick exit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_SETTINGS, smsHref, telHref } from '$lib/hotline';
import { locales } from '$lib/generated/paraglide/runtime.js';

const html = readFileSync(path.join(import.meta.dirname, 'error.html'), 'utf8');

describe('the static error page', () => {
  it('shows the built-in hotline with working links', () => {
    const { label, phone, sms, tty } = FALLBACK_SETTINGS.hotline;
    expect(html).toContain(label);
    expect(html).toContain(`href="${telHref(phone)}"`);
    expect(html).toContain(`<strong>${phone}</strong>`);
    expect(html).toContain(`href="${smsHref(sms)}"`);
    expect(html).toContain(`<strong>${sms}</strong>`);
    expect(html).toContain(`href="${telHref(tty)}"`);
    expect(html).toContain(`<strong>${tty}</strong>`);
  });

  it('offers the quick exit as a plain link', () => {
    expect(html).toContain(`<a id="quick-exit" href="${FALLBACK_SETTINGS.quickExitUrl}" rel="noreferrer">`);
  });

  it('says everything in every language of the site, as its messages say it', () => {
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(path.join(import.meta.dirname, `../messages/${locale}.json`), 'utf8')) as Record<string, string>;
      for (const key of ['quickExit', 'hotlineLabel', 'hotlineCall', 'hotlineText', 'errorTitle', 'errorText', 'homeLink']) {
        expect(html, `${locale}: ${key}`).toContain(messages[key]);
      }
      if (locale !== 'en') expect(html).toContain(`lang="${locale}"`);
    }
  });
});
