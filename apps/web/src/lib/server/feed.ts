// The change feeds (/feed.json, /feed.atom, and under /es and /fr): the latest published changes
// to pages, questions and resources in one language, newest first, each with an id that never
// changes (the entry's documentId, as a URN), its title, a summary, where it is on the site and
// when it last changed. Read through the content door, so a publish drops the feeds like pages.
import { error, type RequestEvent } from '@sveltejs/kit';
import { fillHotlineTokens } from '@maine-sten/content-client';
import { generateAtomFeed, generateJsonFeed } from 'feedsmith';
import { blocksToText, parseBlocks } from '$lib/blocks';
import { m, type Locale } from '$lib/i18n';
import { collectionPagesIn, faqHref, feedHref, HOME_SLUG, pageHref, resourceCategoryHref } from '$lib/links';
import { getLayoutContent, getPageView, isCmsUnavailable, listCollections, listPages, localeTagFor } from './content';
import { inCategory, pageQueryOf } from './list-pages';
import { xmlText } from './xml';

/** How many changes a feed lists. */
export const FEED_SIZE = 30;
const SUMMARY_LENGTH = 300;

export interface FeedEntry {
  /** `urn:maine-sten:<kind>:<documentId>:<language>`: the same for an entry in every export. */
  id: string;
  kind: 'page' | 'faq' | 'resource';
  title: string;
  summary: string;
  /** The site's address of it (a question's or resource's place on the page that lists it). */
  path: string;
  updated: string;
}

export interface Feed {
  locale: Locale;
  title: string;
  description: string;
  siteName: string;
  entries: FeedEntry[];
}

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
};

export async function buildFeed(locale: Locale): Promise<Feed> {
  const options = { locale };
  const [layout, pages, collections] = await Promise.all([getLayoutContent(options), listPages(), listCollections(options)]);
  const hotline = layout.settings.hotline;
  const text = (value: string | null | undefined) => shorten(fillHotlineTokens(value ?? '', hotline));
  const views = await Promise.all(pages.map((page) => getPageView(page.slug, options)));
  const homes = collectionPagesIn(views);
  const id = (kind: FeedEntry['kind'], documentId: string) => `urn:maine-sten:${kind}:${documentId}:${locale}`;
  const entries: FeedEntry[] = [
    ...views.flatMap((view) =>
      view?.page.updatedAt
        ? [{ id: id('page', view.page.documentId), kind: 'page' as const, title: view.page.title, summary: text(view.page.summary), path: pageHref(view.page.slug, locale), updated: view.page.updatedAt }]
        : [],
    ),
    // A question or resource on no page has no address on the site: it is not in the feed.
    ...(homes.faq === undefined
      ? []
      : collections.faqs.flatMap((faq, index) =>
          faq.updatedAt
            ? [{ id: id('faq', faq.documentId), kind: 'faq' as const, title: faq.question, summary: text(blocksToText(parseBlocks(faq.answer))), path: faqHref(homes.faq!, faq.slug, locale, pageQueryOf('faqs', index)), updated: faq.updatedAt }]
            : [],
        )),
    ...(homes.resource === undefined
      ? []
      : collections.resources.flatMap((resource) =>
          resource.updatedAt
            ? [{ id: id('resource', resource.documentId), kind: 'resource' as const, title: resource.title, summary: text(resource.summary), path: resourceCategoryHref(homes.resource!, resource.category, locale, pageQueryOf('resources', inCategory(collections.resources, resource))), updated: resource.updatedAt }]
            : [],
        )),
  ];
  entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  return {
    locale,
    siteName: layout.settings.siteName,
    title: m.feedTitle({ siteName: layout.settings.siteName }, options),
    description: m.feedDescription({}, options),
    entries: entries.slice(0, FEED_SIZE),
  };
}

/** Where a language's feeds and home page are. */
const feedPaths = (locale: Locale) => ({
  home: pageHref(HOME_SLUG, locale),
  json: feedHref('json', locale),
  atom: feedHref('atom', locale),
});

export function jsonFeed(feed: Feed, origin: string): string {
  const paths = feedPaths(feed.locale);
  // feedsmith makes the JSON Feed object (with its version); the text is ours to write.
  const generated = generateJsonFeed({
    title: feed.title,
    description: feed.description,
    home_page_url: new URL(paths.home, origin).href,
    feed_url: new URL(paths.json, origin).href,
    language: feed.locale,
    authors: [{ name: feed.siteName, url: new URL(paths.home, origin).href }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: new URL(entry.path, origin).href,
      title: entry.title,
      summary: entry.summary,
      content_text: entry.summary || entry.title,
      date_modified: new Date(entry.updated),
      language: feed.locale,
      tags: [entry.kind],
    })),
  });
  return `${JSON.stringify(generated)}\n`;
}

export function atomFeed(feed: Feed, origin: string): string {
  const paths = feedPaths(feed.locale);
  const newest = feed.entries[0]?.updated ?? new Date(0).toISOString();
  // feedsmith escapes markup but keeps characters XML cannot hold (pasted text may have them).
  return xmlText(generateAtomFeed({
    id: new URL(paths.atom, origin).href,
    title: { value: feed.title },
    subtitle: { value: feed.description },
    updated: new Date(newest),
    authors: [{ name: feed.siteName, uri: new URL(paths.home, origin).href }],
    links: [
      { href: new URL(paths.atom, origin).href, rel: 'self', type: 'application/atom+xml' },
      { href: new URL(paths.home, origin).href, rel: 'alternate', type: 'text/html', hreflang: feed.locale },
    ],
    entries: feed.entries.map((entry) => ({
      id: entry.id,
      title: { value: entry.title },
      summary: entry.summary ? { value: entry.summary } : undefined,
      updated: new Date(entry.updated),
      links: [{ href: new URL(entry.path, origin).href, rel: 'alternate', type: 'text/html' }],
      categories: [{ term: entry.kind }],
    })),
  }) as string);
}

const FEED_TYPES = { json: 'application/feed+json; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const;
/** What the output cache keeps besides pages: the feeds. */
export const FEED_CONTENT_TYPES = Object.values(FEED_TYPES).map((type) => type.split(';')[0]!);

/** A feed as the routes answer it: tagged like a page that lists all three, so a publish drops it. */
export async function feedResponse(event: RequestEvent, format: keyof typeof FEED_TYPES): Promise<Response> {
  const { locale, cacheTags } = event.locals;
  for (const tag of ['site-setting', localeTagFor(locale), 'page', 'faq', 'resource']) cacheTags.add(tag);
  const feed = await buildFeed(locale).catch((failure: unknown) => {
    if (isCmsUnavailable(failure)) error(503, m.errorTitle());
    throw failure;
  });
  const body = format === 'json' ? jsonFeed(feed, event.url.origin) : atomFeed(feed, event.url.origin);
  return new Response(body, { headers: { 'content-type': FEED_TYPES[format], 'cache-control': 'public, max-age=300' } });
}
