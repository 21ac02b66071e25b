// The only module that talks to the CMS. Loaders ask it for what a page needs; it keeps published
// content (refreshed in the background after CONTENT_TTL_SECONDS, default 30 s; see cache.ts),
// serves the last good copy whenever the CMS fails or hangs, keeps a snapshot on disk for restarts
// (CONTENT_SNAPSHOT_DIR), and falls back to the built-in hotline when it has nothing at all, so
// the hotline always shows. Drafts (preview) are read fresh and never kept anywhere.
import { env } from '$env/dynamic/private';
import {
  ContentError,
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
import { FALLBACK_SETTINGS } from '$lib/hotline';
import { CircuitOpenError, ContentCache } from './cache';
import { Circuit } from './circuit';
import { cmsUrl } from './cms-url';
import { sharedOutputCache } from './output-cache.js';
import { debouncedSnapshotWriter, readSnapshot } from './snapshot';

export type { CouncilAgency, Faq, GuidingPrinciple, Page, PageSummary, Resource, Section, SiteSettings };

const clients = new Map<'PUBLISHED' | 'DRAFT', ContentClient>();
/** The published client, or (preview) the draft one; both read with the site's server-side token. */
const contentClient = (preview = false): ContentClient => {
  const status = preview ? 'DRAFT' : 'PUBLISHED';
  let client = clients.get(status);
  if (!client) {
    client = createContentClient({
      url: cmsUrl(),
      token: env.CMS_READ_TOKEN || undefined,
      status,
      timeoutMs: Number(env.CMS_TIMEOUT_MS || 5000),
    });
    clients.set(status, client);
  }
  return client;
};

/** How long published content counts as fresh (also the output cache's and the CDN's max-age). */
export const contentTtlSeconds = Number(env.CONTENT_TTL_SECONDS ?? 30);
const ttlMs = contentTtlSeconds * 1000;
const snapshotDir = env.CONTENT_SNAPSHOT_DIR || path.resolve('.content-snapshot');

/**
 * Cache keys a change to one CMS model affects. Pages embed other pages (links with their titles)
 * and collections, so a page change drops every cached page; site settings reach every page.
 */
const AFFECTED_KEYS = new Map<string, string[]>(Object.entries({
  'site-setting': [],
  page: ['page:', 'pages:list'],
  faq: ['faqs'],
  'guiding-principle': ['principles'],
  'council-agency': ['agencies'],
  resource: ['resources'],
}));

/** The content type (CMS model) behind a cache key, for output-cache tags and invalidation. */
const modelOfKey = (key: string): string =>
  key === 'settings' ? 'site-setting' : ([...AFFECTED_KEYS].find(([, prefixes]) => prefixes.some((prefix) => key.startsWith(prefix)))?.[0] ?? key);

let writeSnapshotSoon: () => void = () => {};

/** Goes up whenever published content may have changed: derived data (the search index) rebuilds. */
let version = 0;
export const contentVersion = (): number => version;

export const cache = new ContentCache({
  ttlMs,
  // A CMS that came back is asked again within a TTL at the latest.
  circuit: new Circuit(1000, Math.max(1000, ttlMs)),
  maxEntries: Number(env.CONTENT_CACHE_MAX_ENTRIES || 500),
  onStored: (key, change) => {
    if (change === 'same') return;
    version += 1;
    // Pages rendered from an older copy are out of date (a new key was used by none); the snapshot
    // gets the new one.
    if (change === 'changed') outputCache.drop([modelOfKey(key)]);
    writeSnapshotSoon();
    if (key === 'pages:list') warmUp().catch(() => {}); // a new page goes into the snapshot too
  },
  onRefreshFailed: (key, error) => logFailure(`refreshing ${key}`, error),
});

export const outputCache = sharedOutputCache(ttlMs);

/** Reads the snapshot into the cache (at boot) and keeps it up to date from then on. */
export function useSnapshot(): number {
  writeSnapshotSoon = debouncedSnapshotWriter(snapshotDir, () => cache.dump());
  const entries = readSnapshot(snapshotDir);
  return entries ? cache.restore(entries) : 0;
}

function logFailure(what: string, error: unknown) {
  console.error('[content] %s failed: %s', what, error instanceof Error ? error.message : String(error));
}

/** Published content through the cache; drafts (preview) always fresh and never stored. */
async function cached<T>(key: string, load: (content: ContentClient) => Promise<T>, preview = false): Promise<T> {
  if (preview) return load(contentClient(true));
  return (await cache.get(key, () => load(contentClient()))).value;
}

export interface LayoutContent {
  settings: SiteSettings;
  navigation: PageSummary[];
  /** Pages editors list in the footer ("Show in footer"), such as the forms. */
  footerPages: PageSummary[];
  /** False when the CMS could not be reached and nothing was cached: the built-in fallback is shown. */
  cmsAvailable: boolean;
}

/** Everything the frame of every page needs. Never throws: the hotline must always render. */
export async function getLayoutContent(preview = false): Promise<LayoutContent> {
  const [settings, pages] = await Promise.all([
    cached('settings', (c) => c.getSiteSettings(), preview).catch((error: unknown) => {
      if (!(error instanceof CircuitOpenError)) logFailure('site settings', error);
      return null;
    }),
    cached('pages:list', (c) => c.listPages(), preview).catch((error: unknown) => {
      if (!(error instanceof CircuitOpenError)) logFailure('page list', error);
      return null;
    }),
  ]);
  return {
    settings: settings ?? FALLBACK_SETTINGS,
    navigation: (pages ?? []).filter((page) => page.showInNavigation && page.slug !== 'home'),
    footerPages: (pages ?? []).filter((page) => page.showInFooter && page.slug !== 'home'),
    cmsAvailable: settings !== null,
  };
}

/** A page with the collections its embed sections show, or null when there is no such page. */
export interface PageView {
  page: Page;
  sections: Section[];
  faqs: Faq[];
  principles: GuidingPrinciple[];
  agencies: CouncilAgency[];
  resources: Resource[];
}

/** The page's form, if a "Form" section places one (the first). */
export const formSectionOf = (view: PageView) =>
  view.sections.find((section): section is Extract<Section, { __typename: 'ComponentSectionsForm' }> =>
    section.__typename === 'ComponentSectionsForm',
  );

/** The collections pages embed, each under its one cache key. */
const collections = {
  faqs: (preview = false) => cached('faqs', (c) => c.listFaqs(), preview),
  principles: (preview = false) => cached('principles', (c) => c.listGuidingPrinciples(), preview),
  agencies: (preview = false) => cached('agencies', (c) => c.listCouncilAgencies(), preview),
  resources: (preview = false) => cached('resources', async (c) => (await c.listResources({ pageSize: 100 })).resources, preview),
};

const needs = (sections: Section[], typename: Section['__typename']) =>
  sections.some((section) => section.__typename === typename);

export async function getPageView(slug: string, preview = false): Promise<PageView | null> {
  // A slug the published page list does not have is answered without asking for the page, so
  // made-up addresses fill no cache. (Drafts are not in the list: preview asks directly.)
  if (!preview && !(await isPublishedSlug(slug))) return null;
  const page = await cached(`page:${slug}`, (c) => c.getPage(slug), preview);
  if (!page) return null;
  const sections = (page.body ?? []).filter((section): section is Section => section != null);

  const [faqs, principles, agencies, resources] = await Promise.all([
    needs(sections, 'ComponentSectionsFaqList') ? collections.faqs(preview) : [],
    needs(sections, 'ComponentSectionsGuidingPrinciples') ? collections.principles(preview) : [],
    needs(sections, 'ComponentSectionsCouncilAgencies') ? collections.agencies(preview) : [],
    needs(sections, 'ComponentSectionsResourceList') ? collections.resources(preview) : [],
  ]);
  return { page, sections, faqs, principles, agencies, resources };
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
  return has(await cache.refresh('pages:list', () => contentClient().listPages()).catch(() => []));
}

/** Loads every published page and what it embeds, so the snapshot can serve all of them. */
export async function warmUp(): Promise<void> {
  const [pages] = await Promise.all([listPages(), getLayoutContent()]);
  await Promise.all(pages.map((page) => getPageView(page.slug).catch(() => null)));
}

/** Every published collection, whichever pages embed them (for the search index). */
export async function listCollections() {
  const [faqs, principles, agencies, resources] = await Promise.all([
    collections.faqs(),
    collections.principles(),
    collections.agencies(),
    collections.resources(),
  ]);
  return { faqs, principles, agencies, resources };
}

/** Every published page, for the sitemap. */
export const listPages = (): Promise<PageSummary[]> => cached('pages:list', (c) => c.listPages());

/**
 * Drops what a CMS change affects, in the content cache and the output cache; unknown models drop
 * nothing. Returns how many content entries went.
 */
export function invalidateForChange(model: string): number {
  const keys = AFFECTED_KEYS.get(model); // a Map: "__proto__" or "constructor" are unknown models
  if (keys === undefined) return 0;
  version += 1;
  outputCache.drop(model === 'site-setting' ? [] : [model]);
  return cache.invalidate(...keys);
}

/**
 * The CMS could not give us the content: down, hanging, refusing our token (401/403), rate
 * limiting (429), or held back by the open circuit. Pages answer 503 with the hotline.
 */
export const isCmsUnavailable = (error: unknown): boolean => error instanceof ContentError || error instanceof CircuitOpenError;

/** The content types a page shows (its Cache-Tag, and what drops it from the output cache). */
export const pageTags = (view: PageView | null): string[] => [
  'site-setting',
  'page',
  ...(view
    ? (
        [
          ['ComponentSectionsFaqList', 'faq'],
          ['ComponentSectionsGuidingPrinciples', 'guiding-principle'],
          ['ComponentSectionsCouncilAgencies', 'council-agency'],
          ['ComponentSectionsResourceList', 'resource'],
        ] as const
      )
        .filter(([typename]) => needs(view.sections, typename))
        .map(([, model]) => model)
    : []),
];

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
  for (const name of ['content-type', 'content-length', 'last-modified', 'etag']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (!/^image\/(jpeg|png|gif|webp|avif)$/.test(headers.get('content-type') ?? '')) headers.set('content-disposition', 'attachment');
  return new Response(response.body, { headers });
}
