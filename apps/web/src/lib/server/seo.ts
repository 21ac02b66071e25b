// Title, description, canonical URL and structured data for a page, from its SEO fields with
// fallbacks (title, summary, first text), so every page has them without editors' extra work.
import { fillHotlineTokens, type HotlineNumbers } from '@maine-sten/content-client';
import { blocksToText, parseBlocks } from '$lib/blocks';
import { m } from '$lib/i18n';
import { HOME_SLUG, pageHref } from '$lib/links';
import type { PageView, Seo } from '$lib/page-data';

const MAX_DESCRIPTION = 160;

export const truncate = (text: string, max = MAX_DESCRIPTION): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
};

function firstText(view: PageView): string {
  for (const section of view.sections) {
    if (section.__typename === 'ComponentSectionsRichText') return blocksToText(parseBlocks(section.body));
    if (section.__typename === 'ComponentSectionsBulletedList' && section.intro) return section.intro;
  }
  return '';
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so text cannot close it. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** `pageNumber`: the page of a long list shown (see $lib/paging), named in the title when above 1. */
export function buildSeo(view: PageView, options: { origin: string; siteName: string; hotline: HotlineNumbers; pageNumber?: number }): Seo {
  const { page } = view;
  const ownTitle = page.seo?.metaTitle || page.title;
  const pageNumber = options.pageNumber ?? 1;
  const pageTitle = pageNumber > 1 ? m.listPageTitle({ title: ownTitle, n: pageNumber }) : ownTitle;
  const path = pageHref(page.slug, view.locale);
  const description = page.seo?.metaDescription || page.summary || firstText(view) || page.title;
  const listsFaqs = view.sections.some((section) => section.__typename === 'ComponentSectionsFaqList');

  return {
    title: page.slug === HOME_SLUG ? pageTitle : `${pageTitle} | ${options.siteName}`,
    description: truncate(fillHotlineTokens(description, options.hotline)),
    canonical: new URL(path, options.origin).toString(),
    siteName: options.siteName,
    faqJsonLd:
      listsFaqs && view.faqs.length > 0
        ? jsonForScript({
            '@context': 'https://schema.org',
            '@type': 'FAQPage',
            mainEntity: view.faqs.map((faq) => ({
              '@type': 'Question',
              name: faq.question,
              acceptedAnswer: {
                '@type': 'Answer',
                text: fillHotlineTokens(blocksToText(parseBlocks(faq.answer)), options.hotline),
              },
            })),
          })
        : null,
  };
}
