import { error } from '@sveltejs/kit';
import { baseLocale, siteLocales, type Locale } from '$lib/i18n';
import { pageHref } from '$lib/links';
import { isCmsUnavailable, listPages } from '$lib/server/content';
import { escapeXml } from '$lib/server/xml';
import type { RequestHandler } from './$types';

/** Every page in every language, each with its versions in the others (hreflang) and x-default. */
export const GET: RequestHandler = async ({ url }) => {
  const pages = await listPages().catch((failure: unknown) => {
    if (isCmsUnavailable(failure)) error(503, 'The sitemap is temporarily unavailable.');
    throw failure;
  });
  const locales = siteLocales();
  const href = (slug: string, locale: Locale) => escapeXml(new URL(pageHref(slug, locale), url.origin).href);
  const entries = pages.flatMap((page) => {
    const lastmod = page.updatedAt ? `<lastmod>${page.updatedAt.slice(0, 10)}</lastmod>` : '';
    const alternates = [
      ...locales.map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${href(page.slug, locale)}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${href(page.slug, baseLocale)}"/>`,
    ].join('');
    return locales.map((locale) => `  <url><loc>${href(page.slug, locale)}</loc>${lastmod}${alternates}</url>`);
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(body, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
};
