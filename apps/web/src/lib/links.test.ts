import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages } from '../../../cms/src/seed/pages';
import {
  collectionPagesIn,
  FAQ_SLUG,
  faqAnchor,
  faqHref,
  feedHref,
  GET_HELP_SLUG,
  HOME_SLUG,
  NEWSLETTER_SLUG,
  pageHref,
  resourceCategoryHref,
  searchHref,
  sentHref,
} from './links';

describe('page addresses', () => {
  it('puts the home page at the root and every other page at /<slug>, under the language prefix', () => {
    expect(pageHref(HOME_SLUG, 'en')).toBe('/');
    expect(pageHref(HOME_SLUG, 'es')).toBe('/es');
    expect(pageHref('about', 'en')).toBe('/about');
    expect(pageHref('about', 'fr')).toBe('/fr/about');
    expect(sentHref('contact', 'en')).toBe('/contact/sent');
    expect(sentHref('contact', 'es')).toBe('/es/contact/sent');
  });

  it('places a question and a resource category on the page that lists them', () => {
    expect(faqHref('faq', 'what-is-trafficking', 'en')).toBe('/faq#what-is-trafficking');
    expect(faqHref('questions', 'what-is-trafficking', 'es')).toBe(`/es/questions#${faqAnchor('what-is-trafficking')}`);
    expect(resourceCategoryHref('resources', 'statutes', 'en')).toBe('/resources?category=statutes');
    expect(resourceCategoryHref('resources', 'statutes', 'fr')).toBe('/fr/resources?category=statutes');
    // An entry on a later page of its list: that page's address (list-pages.ts pageQueryOf).
    expect(faqHref('faq', 'what-is-trafficking', 'es', 'page=3')).toBe('/es/faq?page=3#what-is-trafficking');
    expect(resourceCategoryHref('resources', 'statutes', 'fr', 'page=2')).toBe('/fr/resources?category=statutes&page=2');
  });

  it('gives the search page and the feeds in each language', () => {
    expect(searchHref('en')).toBe('/search');
    expect(searchHref('es')).toBe('/es/search');
    expect(feedHref('json', 'en')).toBe('/feed.json');
    expect(feedHref('atom', 'fr')).toBe('/fr/feed.atom');
  });

  it('names only pages the CMS is seeded with', () => {
    const seeded = pages.map((page) => page.slug);
    expect(seeded).toEqual(expect.arrayContaining([HOME_SLUG, GET_HELP_SLUG, FAQ_SLUG, NEWSLETTER_SLUG]));
  });
});

describe('the page that shows each collection', () => {
  const view = (slug: string, ...typenames: string[]) =>
    ({ page: { slug }, sections: typenames.map((__typename) => ({ __typename })) }) as unknown as Parameters<
      typeof collectionPagesIn
    >[0][number];

  it('is the first page, in the order given, whose body embeds it; a collection on no page has none', () => {
    const homes = collectionPagesIn([
      null,
      view('about', 'ComponentSectionsRichText'),
      view('questions', 'ComponentSectionsFaqList'),
      view('council', 'ComponentSectionsCouncilAgencies', 'ComponentSectionsGuidingPrinciples'),
      view('more-questions', 'ComponentSectionsFaqList'),
    ]);
    expect(homes).toEqual({ faq: 'questions', 'council-agency': 'council', 'guiding-principle': 'council' });
  });
});

// The rules of issue #33 for the code itself: links come from links.ts, and components run in the
// browser too, so they must not import server modules (types included: they live in page-data.ts).
describe('the source', () => {
  const src = path.resolve(import.meta.dirname, '..');
  const files = (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => /\.(ts|js|svelte)$/.test(file) && !/\.(test|bench)\.ts$/.test(file))
    .filter((file) => !file.startsWith(path.join('lib', 'generated')))
    .map((file) => ({ file, text: readFileSync(path.join(src, file), 'utf8') }));
  const components = files.filter(({ file }) => file.endsWith('.svelte'));

  it('reads the site code', () => {
    expect(components.length).toBeGreaterThan(10);
    expect(files.some(({ file }) => file === path.join('lib', 'links.ts'))).toBe(true);
  });

  it('has no component that imports a server module', () => {
    const serverImport = /(?:from|import)\s*\(?\s*['"](?:\$lib|\.{1,2})(?:\/[^'"]*)?\/server(?:[/.][^'"]*)?['"]/;
    expect(components.filter(({ text }) => serverImport.test(text)).map(({ file }) => file)).toEqual([]);
  });

  // 'faq' is also the CMS's model of questions and 'newsletter' a form's name, so those two are
  // looked for where they could only be page slugs: in components and routes.
  it('hard-codes no page slug outside links.ts', () => {
    const checked = files.filter(({ file }) => file !== path.join('lib', 'links.ts'));
    // Code quotes with ' (or `); "…" in markup is an attribute, such as the FAQ list's class="faq".
    const quoted = (slug: string) => new RegExp(`(['\`])${slug}\\1`);
    const anywhere = [HOME_SLUG, GET_HELP_SLUG];
    const inFrontEnd = [FAQ_SLUG, NEWSLETTER_SLUG];
    const frontEnd = checked.filter(({ file }) => file.endsWith('.svelte') || file.startsWith(`routes${path.sep}`));
    const found = [
      ...anywhere.flatMap((slug) => checked.filter(({ text }) => quoted(slug).test(text)).map(({ file }) => `${file}: ${slug}`)),
      ...inFrontEnd.flatMap((slug) => frontEnd.filter(({ text }) => quoted(slug).test(text)).map(({ file }) => `${file}: ${slug}`)),
    ];
    expect(found).toEqual([]);
  });

  it('calls no link helper with a written slug outside links.ts', () => {
    const literalSlug = /\b(?:pageHref|sentHref|faqHref|resourceCategoryHref)\(\s*['"`]/;
    const found = files.filter(({ file, text }) => file !== path.join('lib', 'links.ts') && literalSlug.test(text));
    expect(found.map(({ file }) => file)).toEqual([]);
  });
});
