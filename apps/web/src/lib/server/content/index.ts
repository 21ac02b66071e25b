// The web's content door: the only module routes and other server modules import for what the CMS
// holds, and, with the files beside it, the only code in the web that talks to the CMS (door.test.ts
// checks). Loaders ask it for what a page needs; it reads published content through the store
// (store.ts: cache, snapshot on disk, version), serves the last good copy whenever the CMS fails or
// hangs, and falls back to the built-in hotline when it has nothing at all, so the hotline always
// shows. Drafts (preview) are read fresh and never kept. Whichever way a change arrives
// (change-arrivals.ts), it drops what changed (changes.ts). Everything with state is made once, here.
import { settings } from '../settings.js';
import { ChangeArrivals } from './change-arrivals';
import { startOutbox } from './outbox';
import { dropChange } from './changes';
import { clientPool } from './client-pool';
import { AddedLanguages } from './languages';
import { collectionPagesOf } from './link-targets';
import { pageReader } from './pages';
import { redirectTarget } from './redirects';
import { publishedSlugCheck } from './slug-check';
import { ContentStore } from './store';
import type { ContentOptions, PageSummary } from './types';
import { warmUpWith } from './warm-up';

export type {
  ContentOptions,
  CouncilAgency,
  Faq,
  GuidingPrinciple,
  InLanguage,
  LayoutContent,
  Page,
  PageSummary,
  PageView,
  Resource,
  Section,
  SiteSettings,
} from './types';
export { AFFECTED_KEYS, localeTagFor } from './changes';
export { pageTags } from './page-tags';
export { formSectionOf } from './pages';
export { untranslatedPart } from '$lib/page-data';
export { isCmsUnavailable } from './store';
export { SubmissionError, storeSubmission, useNewsletterToken } from './submissions';
export { queueSubmission } from './outbox';
export { fetchUpload } from './uploads';

/** How long published content counts as fresh (also the output cache's and the CDN's max-age). */
export const contentTtlSeconds = settings.CONTENT_TTL_SECONDS;

// A new or changed page list: its new pages go into the snapshot too.
const store = new ContentStore(clientPool(), () => warmUp().catch(() => {}));
export const { cache, reachability, outputCache } = store;

/** Goes up whenever published content may have changed: derived data (the search index) rebuilds. */
export const contentVersion = (): number => store.version;

/** Drops what a change to `model` (in `locale`) affects; returns how many content entries went. */
export const invalidateForChange = (model: string, locale?: string): number => dropChange(store, model, locale);

const changes = new ChangeArrivals(invalidateForChange, reachability);

/** The languages added in the CMS; a change to them changes every page's language switcher, so the rendered pages go. */
export const addedLanguages = new AddedLanguages(() => outputCache.drop([]));

/** The CMS's change notice (the /api/revalidate route): drops what changed, tells the other web processes. */
export const handleChangeNotice = (model: string, locale?: string): Promise<number> => changes.notice(model, locale);

/**
 * At boot: reads the snapshot into the cache and keeps it up to date from then on, then starts
 * the change arrivals that are not requests (the poll, from the snapshot's markers, and Redis),
 * and the outbox's delivery loop (submissions kept while the CMS was away). Returns how many
 * entries the snapshot gave.
 */
export function startContent(): number {
  const { restored, markers } = store.useSnapshot(() => changes.markers);
  changes.start(markers, restored > 0);
  startOutbox();
  return restored;
}

/** Every published page (in English, which has them all), for the sitemap. */
export const listPages = (): Promise<PageSummary[]> => store.read('pages:list', (c) => c.listPages());

/** The page a former address now leads to (its slug), or null; from the page list, so a made-up address costs nothing. */
export const findRedirect = async (slug: string): Promise<string | null> => redirectTarget(await listPages(), slug);

export const { getLayoutContent, getPageView, listCollections } = pageReader(
  store.read,
  publishedSlugCheck(listPages, () => store.reloadPageList()),
);

/** Loads every published page in every language and what it embeds, so the snapshot can serve all. */
export const warmUp = warmUpWith(listPages, getLayoutContent, getPageView);

/** Where each collection shows (link-targets.ts). */
export const collectionPages = collectionPagesOf(listPages, (slug) => getPageView(slug));

/** What a request reads: its language, and drafts when an editor previews. */
export const contentOptions = (locals: App.Locals): ContentOptions => ({ locale: locals.locale, preview: locals.preview });
