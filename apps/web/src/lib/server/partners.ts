// What the /partners page gives partners beyond its CMS text: the hotline card's snippets (a frame
// that keeps itself current, and plain HTML with today's numbers for sites that cannot frame) and
// the addresses of the API, the HSDS directory and the feeds, all made from where the site and the
// CMS really are.
import type { SiteSettings } from '@maine-sten/content-client';
import { smsHref, telHref } from '$lib/hotline';
import { localizedPath, m, type Locale } from '$lib/i18n';
import { feedHref } from '$lib/links';
import { cmsPublicOrigin } from './cms-url';
import { EMBED_ROUTE, escapeHtml } from './embed';

export interface PartnerTools {
  /** The card's address on this site, for the snippets. */
  embedUrl: string;
  /** The same as a path, for the preview on this page (always the page's own origin). */
  embedPath: string;
  iframe: string;
  plainHtml: string;
  links: { label: string; href: string }[];
}

export function partnerTools(origin: string, locale: Locale, hotline: SiteSettings['hotline']): PartnerTools {
  const options = { locale };
  const embedPath = localizedPath(EMBED_ROUTE, locale);
  const embedUrl = new URL(embedPath, origin).href;
  const title = m.embedFrameTitle({ hotline: hotline.label }, options);
  const iframe = `<iframe src="${embedUrl}" title="${escapeHtml(title)}" width="320" height="240" style="border:0" loading="lazy"></iframe>`;
  const item = (href: string, label: string, number: string) => `  <li><a href="${escapeHtml(href)}">${escapeHtml(label)} ${escapeHtml(number)}</a></li>`;
  const plainHtml = [
    `<section aria-label="${escapeHtml(hotline.label)}">`,
    `  <h2>${escapeHtml(hotline.label)}</h2>`,
    '  <ul>',
    item(telHref(hotline.phone), m.hotlineCall({}, options), hotline.phone).replace(/^ {2}/, '    '),
    item(smsHref(hotline.sms), m.hotlineText({}, options), hotline.sms).replace(/^ {2}/, '    '),
    item(telHref(hotline.tty), m.hotlineTty({}, options), hotline.tty).replace(/^ {2}/, '    '),
    '  </ul>',
    '</section>',
  ].join('\n');
  const cms = cmsPublicOrigin();
  return {
    embedUrl,
    embedPath,
    iframe,
    plainHtml,
    links: [
      { label: m.partnersLinkGraphql({}, options), href: `${cms}/graphql` },
      { label: m.partnersLinkHsds({}, options), href: `${cms}/api/hsds` },
      { label: m.partnersLinkHsdsOpenapi({}, options), href: `${cms}/api/hsds/openapi.json` },
      { label: m.partnersLinkFeedJson({}, options), href: new URL(feedHref('json', locale), origin).href },
      { label: m.partnersLinkFeedAtom({}, options), href: new URL(feedHref('atom', locale), origin).href },
    ],
  };
}
