// The only module that talks to the CMS. Loaders ask it for what a page needs; it caches published
// content (CONTENT_TTL_SECONDS, default 30 s), serves the last good copy when the CMS fails, and
// falls back to the built-in hotline when it has nothing at all, so the hotline always shows.
import { env } from '$env/dynamic/private';
import {
  ContentUnavailableError,
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
import { FALLBACK_SETTINGS } from '$lib/hotline';
import { ContentCache } from './cache';
import { cmsUrl } from './cms-url';

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

export const cache = new ContentCache(Number(env.CONTENT_TTL_SECONDS ?? 30) * 1000);

const logFailure = (what: string, error: unknown) =>
  console.error(`[content] ${what} failed: ${error instanceof Error ? error.message : String(error)}`);

/** Published content through the cache; drafts (preview) always fresh and never stored. */
async function cached<T>(key: string, load: (content: ContentClient) => Promise<T>, preview = false): Promise<T> {
  if (preview) return load(contentClient(true));
  const result = await cache.get(key, () => load(contentClient()));
  if (result.stale) console.warn(`[content] serving the last good copy of ${key}: the CMS is failing`);
  return result.value;
}

export interface LayoutContent {
  settings: SiteSettings;
  navigation: PageSummary[];
  /** False when the CMS could not be reached and nothing was cached: the built-in fallback is shown. */
  cmsAvailable: boolean;
}

/** Everything the frame of every page needs. Never throws: the hotline must always render. */
export async function getLayoutContent(preview = false): Promise<LayoutContent> {
  const [settings, pages] = await Promise.all([
    cached('settings', (c) => c.getSiteSettings(), preview).catch((error: unknown) => {
      logFailure('site settings', error);
      return null;
    }),
    cached('pages:list', (c) => c.listPages(), preview).catch((error: unknown) => {
      logFailure('page list', error);
      return null;
    }),
  ]);
  return {
    settings: settings ?? FALLBACK_SETTINGS,
    navigation: (pages ?? []).filter((page) => page.showInNavigation && page.slug !== 'home'),
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

const needs = (sections: Section[], typename: Section['__typename']) =>
  sections.some((section) => section.__typename === typename);

export async function getPageView(slug: string, preview = false): Promise<PageView | null> {
  const page = await cached(`page:${slug}`, (c) => c.getPage(slug), preview);
  if (!page) return null;
  const sections = (page.body ?? []).filter((section): section is Section => section != null);

  const [faqs, principles, agencies, resources] = await Promise.all([
    needs(sections, 'ComponentSectionsFaqList') ? cached('faqs', (c) => c.listFaqs(), preview) : [],
    needs(sections, 'ComponentSectionsGuidingPrinciples')
      ? cached('principles', (c) => c.listGuidingPrinciples(), preview)
      : [],
    needs(sections, 'ComponentSectionsCouncilAgencies') ? cached('agencies', (c) => c.listCouncilAgencies(), preview) : [],
    needs(sections, 'ComponentSectionsResourceList')
      ? cached('resources', async (c) => (await c.listResources({ pageSize: 100 })).resources, preview)
      : [],
  ]);
  return { page, sections, faqs, principles, agencies, resources };
}

/** Every published page, for the sitemap. */
export const listPages = (): Promise<PageSummary[]> => cached('pages:list', (c) => c.listPages());

/**
 * Cache keys a change to one CMS model affects. Pages embed other pages (links with their titles)
 * and collections, so a page change drops every cached page; site settings reach every page.
 */
const AFFECTED_KEYS: Record<string, string[]> = {
  'site-setting': [],
  page: ['page:', 'pages:list'],
  faq: ['faqs'],
  'guiding-principle': ['principles'],
  'council-agency': ['agencies'],
  resource: ['resources'],
};

/** Drops what a CMS change affects; unknown models drop nothing. Returns how many entries went. */
export function invalidateForChange(model: string): number {
  const keys = AFFECTED_KEYS[model];
  if (keys === undefined) return 0;
  return cache.invalidate(...keys);
}

export const isCmsUnavailable = (error: unknown): boolean => error instanceof ContentUnavailableError;

/** An uploaded file from the CMS, streamed through the site; null when the CMS has no such file. */
export async function fetchUpload(path: string): Promise<Response | null> {
  const response = await fetch(new URL(`/uploads/${path}`, cmsUrl()), { signal: AbortSignal.timeout(15_000) }).catch(
    () => null,
  );
  if (!response || !response.ok || !response.body) return null;
  const headers = new Headers({ 'cache-control': 'public, max-age=86400' });
  for (const name of ['content-type', 'content-length', 'last-modified', 'etag']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { headers });
}
