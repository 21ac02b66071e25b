// The only module that talks to the CMS. Loaders ask it for what a page needs; it keeps published
// content (refreshed in the background after CONTENT_TTL_SECONDS, default 30 s; see cache.ts),
// serves the last good copy whenever the CMS fails or hangs, keeps a snapshot on disk for restarts
// (CONTENT_SNAPSHOT_DIR), and falls back to the built-in hotline when it has nothing at all, so
// the hotline always shows. Drafts (preview) are read fresh and never kept anywhere. What changed in
// the CMS arrives as a notice (push, /api/revalidate), from another web process (broadcast.ts) or
// from this process's own check every second (change-poll.ts); each drops what changed.
import {
  ContentError,
  ContentMissingError,
  createContentClient,
  type ContentClient,
  type CouncilAgency,
  type Faq,
  type GuidingPrinciple,
  type Page,
  type PageSummary,
  type Resource,
  type Section,
  type SiteSettings,
} from '@maine-sten/content-client';
import path from 'node:path';
import { fallbackSettings } from '$lib/hotline';
import { baseLocale, locales, type Locale } from '$lib/i18n';
import { CircuitOpenError, ContentCache } from './cache';
import { Circuit } from './circuit';
import { cmsReachability } from './cms-reachability';
import { cmsUrl } from './cms-url';
import { sharedOutputCache } from './output-cache.js';
import { settings } from './settings.js';
import { knownMarkers, pollForChanges } from './change-poll';
import { metrics } from './metrics.js';
import { debouncedSnapshotWriter, readSnapshot, snapshotSavedAt } from './snapshot';

export type { CouncilAgency, Faq, GuidingPrinciple, Page, PageSummary, Resource, Section, SiteSettings };

/** Which language to read, and whether drafts (preview) or what is published. */
export interface ContentOptions {
  locale?: Locale;
  preview?: boolean;
}

/**
 * An entry with the language its text is actually in: the page's language, or English where the
 * entry is not translated yet (the page marks that part with `lang`, so screen readers switch voice).
 */
export type InLanguage<T> = T & { lang: Locale };

const clients = new Map<string, ContentClient>();
/** A client per language and status (drafts for preview); all read with the site's server-side token. */
const contentClient = ({ locale = baseLocale, preview = false }: ContentOptions = {}): ContentClient => {
  const status = preview ? 'DRAFT' : 'PUBLISHED';
  let client = clients.get(`${status}:${locale}`);
  if (!client) {
    client = createContentClient({
      url: cmsUrl(),
      token: settings.CMS_READ_TOKEN,
      status,
      locale,
      timeoutMs: settings.CMS_TIMEOUT_MS,
    });
    clients.set(`${status}:${locale}`, client);
  }
  return client;
};

/** How long published content counts as fresh (also the output cache's and the CDN's max-age). */
export const contentTtlSeconds = settings.CONTENT_TTL_SECONDS;
const ttlMs = contentTtlSeconds * 1000;
const snapshotDir = settings.CONTENT_SNAPSHOT_DIR ?? path.resolve('.content-snapshot');

/**
 * Cache keys a change to one CMS model affects (each key ends in its language: "faqs:es").
 * Pages embed other pages (links with their titles) and collections, so a page change drops every
 * cached page; site settings reach every page.
 */
const AFFECTED_KEYS = new Map<string, string[]>(Object.entries({
  'site-setting': [],
  page: ['page:', 'pages:list:'],
  faq: ['faqs:'],
  'guiding-principle': ['principles:'],
  'council-agency': ['agencies:'],
  resource: ['resources:'],
}));

/** The content type (CMS model) behind a cache key, for output-cache tags and invalidation. */
const modelOfKey = (key: string): string =>
  key.startsWith('settings:') ? 'site-setting' : ([...AFFECTED_KEYS].find(([, prefixes]) => prefixes.some((prefix) => key.startsWith(prefix)))?.[0] ?? key);

/** The language a cache key is for (its last part). */
const localeOfKey = (key: string): string => key.slice(key.lastIndexOf(':') + 1);

let writeSnapshotSoon: () => void = () => {};

/** Goes up whenever published content may have changed: derived data (the search index) rebuilds. */
let version = 0;
export const contentVersion = (): number => version;

// One outage, one log line each way; any path that sees the CMS answer (a load, the change poll, a
// notice) ends the circuit's pause, so a publish right after a restart is live at once.
const circuit = new Circuit(1000, 30_000);
export const reachability = cmsReachability({ onAnswer: () => circuit.succeeded() });

export const cache = new ContentCache({
  ttlMs,
  circuit,
  reachability,
  maxEntries: settings.CONTENT_CACHE_MAX_ENTRIES,
  onStored: (key, change) => {
    if (change === 'same') return;
    version += 1;
    // Pages rendered from an older copy are out of date (a new key was used by none): in that
    // language, or in all of them for English, which the others show where not translated. The
    // snapshot gets the new one.
    const locale = localeOfKey(key);
    if (change === 'changed') outputCache.drop([modelOfKey(key)], locale === baseLocale ? undefined : localeTagFor(locale));
    writeSnapshotSoon();
    if (key.startsWith('pages:list:')) warmUp().catch(() => {}); // a new page goes into the snapshot too
  },
  onRefreshFailed: () => metrics().refreshFailures.inc(),
  onRead: (result) => metrics().contentCache.inc({ result }),
});

metrics().readings.circuitOpen = () => (cache.circuit.open ? 1 : 0);
metrics().readings.snapshotSavedAt = snapshotSavedAt;
// Ready once the frame of every page (the settings, with the hotline) is known, from the CMS or the snapshot.
metrics().readings.ready = () => cache.has(`settings:${baseLocale}`);

export const outputCache = sharedOutputCache(ttlMs);

/**
 * Reads the snapshot into the cache (at boot) and keeps it up to date from then on, then starts
 * asking the CMS for changes (change-poll.ts) from the snapshot's markers.
 */
export function useSnapshot(): number {
  writeSnapshotSoon = debouncedSnapshotWriter(snapshotDir, () => cache.dump(), knownMarkers);
  const snapshot = readSnapshot(snapshotDir);
  const restored = snapshot ? cache.restore(snapshot.entries) : 0;
  pollForChanges((model, locale) => invalidateForChange(model, locale), snapshot?.markers ?? null, restored > 0, reachability);
  return restored;
}

/**
 * Published content through the cache, under `key:<locale>`; drafts (preview) always fresh and
 * never stored.
 */
async function cached<T>(key: string, load: (content: ContentClient) => Promise<T>, options: ContentOptions = {}): Promise<T> {
  const { locale = baseLocale, preview = false } = options;
  if (preview) return load(contentClient(options));
  return (
    await cache.get(`${key}:${locale}`, async () => {
      const done = metrics().cmsLatency.startTimer({ content: key.split(':')[0] });
      try {
        return await load(contentClient({ locale }));
      } finally {
        done();
      }
    })
  ).value;
}

/** A page's output-cache tag for its language, so a change in one language drops only its pages. */
export const localeTagFor = (locale: string): string => `locale:${locale}`;

/**
 * Entries in a language, in the English order: translated ones as translated, the others in
 * English (marked so). Languages hold only what has been translated (see docs/api.md).
 */
async function inLanguage<T extends { documentId: string }>(
  key: string,
  load: (content: ContentClient) => Promise<T[]>,
  options: ContentOptions,
): Promise<InLanguage<T>[]> {
  const { locale = baseLocale } = options;
  const english = await cached(key, load, { ...options, locale: baseLocale });
  if (locale === baseLocale) return english.map((entry) => ({ ...entry, lang: baseLocale }));
  const translated = new Map((await cached(key, load, options)).map((entry) => [entry.documentId, entry]));
  return english.map((entry) => {
    const translation = translated.get(entry.documentId);
    return translation ? { ...translation, lang: locale } : { ...entry, lang: baseLocale };
  });
}

export interface LayoutContent {
  settings: SiteSettings;
  navigation: InLanguage<PageSummary>[];
  /** Pages editors list in the footer ("Show in footer"), such as the forms. */
  footerPages: InLanguage<PageSummary>[];
  /** False when the CMS could not be reached and nothing was cached: the built-in fallback is shown. */
  cmsAvailable: boolean;
}

/** The settings in a language; one without its own version yet uses the English one. */
async function getSiteSettings(options: ContentOptions): Promise<SiteSettings> {
  const settingsIn = (locale?: Locale) => cached('settings', (c) => c.getSiteSettings(), { ...options, locale });
  if ((options.locale ?? baseLocale) === baseLocale) return settingsIn(baseLocale);
  return settingsIn(options.locale).catch((error: unknown) => {
    if (error instanceof ContentMissingError) return settingsIn(baseLocale);
    throw error;
  });
}

/** Everything the frame of every page needs. Never throws: the hotline must always render. */
export async function getLayoutContent(options: ContentOptions = {}): Promise<LayoutContent> {
  const [settings, pages] = await Promise.all([
    // A failure is the CMS reachability's to tell, once an outage; the frame falls back to the built-in hotline.
    getSiteSettings(options).catch(() => null),
    inLanguage('pages:list', (c) => c.listPages(), options).catch(() => null),
  ]);
  return {
    settings: settings ?? fallbackSettings(options.locale ?? baseLocale),
    navigation: (pages ?? []).filter((page) => page.showInNavigation && page.slug !== 'home'),
    footerPages: (pages ?? []).filter((page) => page.showInFooter && page.slug !== 'home'),
    cmsAvailable: settings !== null,
  };
}

/** A page with the collections its embed sections show, or null when there is no such page. */
export interface PageView {
  /** The page in the language asked for (its title and summary), or in English. */
  page: Page;
  /** The language asked for. */
  locale: Locale;
  /** The language of the title and summary: English when the page has no translation at all. */
  titleLang: Locale;
  /** The language of the body: English when the page's body is not translated yet. */
  bodyLang: Locale;
  sections: Section[];
  faqs: InLanguage<Faq>[];
  principles: InLanguage<GuidingPrinciple>[];
  agencies: InLanguage<CouncilAgency>[];
  resources: InLanguage<Resource>[];
}

/**
 * How much of the page is not in the language asked for: all of its body (shown in English), some
 * of the entries it lists, or nothing.
 */
export function untranslatedPart(view: PageView): 'body' | 'entries' | null {
  if (view.bodyLang !== view.locale) return 'body';
  const entries = [...view.faqs, ...view.principles, ...view.agencies, ...view.resources];
  return entries.some((entry) => entry.lang !== view.locale) ? 'entries' : null;
}

/** The page's form, if a "Form" section places one (the first). */
export const formSectionOf = (view: PageView) =>
  view.sections.find((section): section is Extract<Section, { __typename: 'ComponentSectionsForm' }> =>
    section.__typename === 'ComponentSectionsForm',
  );

/** The collections pages embed, each under its one cache key. */
const collections = {
  faqs: (options: ContentOptions) => inLanguage('faqs', (c) => c.listFaqs(), options),
  principles: (options: ContentOptions) => inLanguage('principles', (c) => c.listGuidingPrinciples(), options),
  agencies: (options: ContentOptions) => inLanguage('agencies', (c) => c.listCouncilAgencies(), options),
  resources: (options: ContentOptions) =>
    inLanguage('resources', async (c) => (await c.listResources({ pageSize: 100 })).resources, options),
};

const needs = (sections: Section[], typename: Section['__typename']) =>
  sections.some((section) => section.__typename === typename);

const sectionsOf = (page: Page): Section[] => (page.body ?? []).filter((section): section is Section => section != null);

/**
 * A page in a language. Every page exists in English; its translation, when there is one, gives
 * the title and summary, and the body too once it has one (until then the English body is shown).
 */
export async function getPageView(slug: string, options: ContentOptions = {}): Promise<PageView | null> {
  const { locale = baseLocale, preview = false } = options;
  // A slug the published page list does not have is answered without asking for the page, so
  // made-up addresses fill no cache. (Drafts are not in the list: preview asks directly.)
  if (!preview && !(await isPublishedSlug(slug))) return null;
  const getPage = (c: ContentClient) => c.getPage(slug);
  const english = await cached(`page:${slug}`, getPage, { ...options, locale: baseLocale });
  if (!english) return null;
  const translation = locale === baseLocale ? null : await cached(`page:${slug}`, getPage, options);
  const translatedBody = translation ? sectionsOf(translation) : [];
  const bodyLang = translatedBody.length > 0 ? locale : baseLocale;
  const sections = translatedBody.length > 0 ? translatedBody : sectionsOf(english);

  const [faqs, principles, agencies, resources] = await Promise.all([
    needs(sections, 'ComponentSectionsFaqList') ? collections.faqs(options) : [],
    needs(sections, 'ComponentSectionsGuidingPrinciples') ? collections.principles(options) : [],
    needs(sections, 'ComponentSectionsCouncilAgencies') ? collections.agencies(options) : [],
    needs(sections, 'ComponentSectionsResourceList') ? collections.resources(options) : [],
  ]);
  return { page: translation ?? english, locale, titleLang: translation ? locale : baseLocale, bodyLang, sections, faqs, principles, agencies, resources };
}

/** Reloads of the page list that unknown slugs may cause, per second. */
const LIST_RECHECKS_PER_SECOND = 5;
const listRechecks: number[] = [];

/**
 * A page published a moment ago may not be in the list yet (the CMS's change notice is on its
 * way): an unknown slug reloads the list (concurrent ones share one reload), but no more than
 * LIST_RECHECKS_PER_SECOND times a second, whatever the number of made-up addresses asked for.
 */
async function isPublishedSlug(slug: string): Promise<boolean> {
  const has = (pages: PageSummary[]) => pages.some((page) => page.slug === slug);
  if (has(await listPages())) return true;
  const now = Date.now();
  while (listRechecks.length > 0 && now - listRechecks[0]! >= 1000) listRechecks.shift();
  if (listRechecks.length >= LIST_RECHECKS_PER_SECOND) return false;
  listRechecks.push(now);
  return has(await cache.refresh(`pages:list:${baseLocale}`, () => contentClient().listPages()).catch(() => []));
}

/** Loads every published page in every language and what it embeds, so the snapshot can serve all. */
export async function warmUp(): Promise<void> {
  const pages = await listPages();
  await Promise.all(
    locales.map(async (locale) => {
      await getLayoutContent({ locale });
      await Promise.all(pages.map((page) => getPageView(page.slug, { locale }).catch(() => null)));
    }),
  );
}

/** Every published collection in a language, whichever pages embed them (for the search index). */
export async function listCollections(options: ContentOptions = {}) {
  const [faqs, principles, agencies, resources] = await Promise.all([
    collections.faqs(options),
    collections.principles(options),
    collections.agencies(options),
    collections.resources(options),
  ]);
  return { faqs, principles, agencies, resources };
}

/** Every published page (in English, which has them all), for the sitemap. */
export const listPages = (): Promise<PageSummary[]> => cached('pages:list', (c) => c.listPages());

/**
 * Drops what a CMS change affects, in the content cache and the output cache; unknown models drop
 * nothing. A change in one language other than English drops only that language (English, which
 * other languages fall back to, drops them all). Returns how many content entries went.
 */
export function invalidateForChange(model: string, locale?: string): number {
  const keys = AFFECTED_KEYS.get(model); // a Map: "__proto__" or "constructor" are unknown models
  if (keys === undefined) return 0;
  version += 1;
  const only = locale && locale !== baseLocale && (locales as readonly string[]).includes(locale) ? locale : undefined;
  outputCache.drop(model === 'site-setting' ? [] : [model], only && localeTagFor(only));
  const affected = (key: string) => keys.length === 0 || keys.some((prefix) => key.startsWith(prefix));
  return cache.invalidateWhere((key) => affected(key) && (!only || localeOfKey(key) === only));
}

/**
 * The CMS could not give us the content: down, hanging, refusing our token (401/403), rate
 * limiting (429), or held back by the open circuit. Pages answer 503 with the hotline.
 */
export const isCmsUnavailable = (error: unknown): boolean => error instanceof ContentError || error instanceof CircuitOpenError;

/** The embed section that places each collection (by its CMS model) on a page. */
const EMBED_SECTIONS = [
  ['ComponentSectionsFaqList', 'faq'],
  ['ComponentSectionsGuidingPrinciples', 'guiding-principle'],
  ['ComponentSectionsCouncilAgencies', 'council-agency'],
  ['ComponentSectionsResourceList', 'resource'],
] as const;
export type CollectionModel = (typeof EMBED_SECTIONS)[number][1];

/** The content types a page shows (its Cache-Tag, and what drops it from the output cache). */
export const pageTags = (view: PageView | null, locale: Locale = baseLocale): string[] => [
  'site-setting',
  localeTagFor(locale),
  'page',
  ...(view ? EMBED_SECTIONS.filter(([typename]) => needs(view.sections, typename)).map(([, model]) => model) : []),
];

/**
 * Where each collection shows: the slug of the first published page, in the CMS's order, whose
 * body embeds it (none: the collection is on no page). Editors rename pages and move embeds, so
 * links to a question or the agency directory come from here, never from a written address.
 */
export async function collectionPages(): Promise<Partial<Record<CollectionModel, string>>> {
  const pages = await listPages();
  return collectionPagesIn(await Promise.all(pages.map((page) => getPageView(page.slug).catch(() => null))));
}

/** The same, from page views already loaded (in the CMS's order). */
export function collectionPagesIn(views: (PageView | null)[]): Partial<Record<CollectionModel, string>> {
  const homes: Partial<Record<CollectionModel, string>> = {};
  for (const [typename, model] of EMBED_SECTIONS) {
    const view = views.find((candidate) => candidate !== null && needs(candidate.sections, typename));
    if (view) homes[model] = view.page.slug;
  }
  return homes;
}

/** An uploaded file from the CMS, streamed through the site; null when the CMS has no such file. */
export async function fetchUpload(path: string): Promise<Response | null> {
  const response = await fetch(new URL(`/uploads/${path}`, cmsUrl()), { signal: AbortSignal.timeout(15_000) }).catch(
    () => null,
  );
  if (!response || !response.ok || !response.body) return null;
  const headers = new Headers({
    'cache-control': 'public, max-age=86400',
    // Served from the site's origin: run nothing, sniff nothing, download anything but a picture.
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
  });
  // What shows inline and what downloads is the CMS's upload policy (its Content-Disposition), kept
  // in one place: apps/cms/src/uploads/policy.ts.
  for (const name of ['content-type', 'content-length', 'last-modified', 'etag', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { headers });
}

/** What a request reads: its language, and drafts when an editor previews. */
export const contentOptions = (locals: App.Locals): ContentOptions => ({ locale: locals.locale, preview: locals.preview });
