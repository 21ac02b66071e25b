// The hotline card partners put on their sites (/embed/hotline, /es/…, /fr/…): the hotline's name
// and its call / text / TTY / website links from Site settings, as one small HTML page with its
// style inline — no script, no cookie, nothing from any other origin — that any site may frame.
import { createHash } from 'node:crypto';
import type { SiteSettings } from '@maine-sten/content-client';
import { smsHref, telHref } from '$lib/hotline';
import { m, textDirection, type Locale } from '$lib/i18n';

export const EMBED_ROUTE = '/embed/hotline';

// Dark text on white, the site's focus ring, big touch targets: readable inside any partner's page.
const STYLE = `*{box-sizing:border-box}body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}main{padding:1rem;border:2px solid #0b5394;border-radius:.5rem}h1{margin:0 0 .5rem;font-size:1.25rem;line-height:1.3}ul{margin:0;padding:0;list-style:none;display:grid;gap:.5rem}a{display:inline-block;min-height:44px;padding:.5rem 0;color:#0b5394;text-decoration:underline;text-underline-offset:.15em}a:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}strong{font-weight:700}`;
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/**
 * Only this page may be framed, by anyone; it loads nothing but its own inline style and runs no
 * script. (connect-src 'self' lets a crawler's or auditor's tools read this site's robots.txt from
 * the page; with no script allowed, nothing of the page itself can connect anywhere.)
 */
export const EMBED_CSP = `default-src 'none'; style-src ${STYLE_HASH}; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *`;

/** Text for HTML made as a string (the card, the partners' snippets). */
export const escapeHtml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!);

export function embedHtml(hotline: SiteSettings['hotline'], locale: Locale): string {
  const options = { locale };
  const link = (href: string, label: string, number?: string) =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}${number ? ` <strong>${escapeHtml(number)}</strong>` : ''}</a></li>`;
  const website = hotline.url
    ? `<li><a href="${escapeHtml(hotline.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(m.hotlineWebsite({}, options))}</a></li>`
    : '';
  return `<!doctype html>
<html lang="${locale}" dir="${textDirection(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(hotline.label)}</title>
<meta name="description" content="${escapeHtml(m.embedDescription({ hotline: hotline.label }, options))}">
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(hotline.label)}</h1>
<ul>
${link(telHref(hotline.phone), m.hotlineCall({}, options), hotline.phone)}
${link(smsHref(hotline.sms), m.hotlineText({}, options), hotline.sms)}
${link(telHref(hotline.tty), m.hotlineTty({}, options), hotline.tty)}
${website}
</ul>
</main>
</body>
</html>
`;
}
