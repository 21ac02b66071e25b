// @ts-check
// Rendered, compressed HTML per URL and encoding, kept in memory so a repeat request is answered
// without running SvelteKit at all. The SvelteKit hooks fill it (published pages only: no
// preview, no cookies set); server.js answers hits in front of SvelteKit. Both reach the same
// instance through a global symbol, because the hooks are bundled by Vite and server.js is not.
// Entries expire with the content TTL and are dropped by tag (the content types a page shows) when
// the CMS reports a change. A page whose render began before a drop that covers it is not stored
// (it may show what the drop was about): `mark()` at the start, `set(…, since)` at the end.
// Plain JavaScript so that server.js can import it as it is.
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';

/** @typedef {'br' | 'gzip' | 'identity'} Encoding */
/**
 * @typedef {object} CachedPage
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {Buffer} body
 * @property {string[]} tags
 * @property {string} [route] the SvelteKit route template, for the metrics
 */

const SHARED = Symbol.for('maine-sten.output-cache');
/** Drops are remembered this long for renders still running (a render waits 5 s at most on the CMS). */
const DROPS_KEPT_MS = 60_000;

/**
 * @param {{ tags: string[] }} page
 * @param {string[]} tags
 * @param {string | undefined} localeTag
 */
const covers = (page, tags, localeTag) =>
  (!localeTag || page.tags.includes(localeTag)) && (tags.length === 0 || page.tags.some((tag) => tags.includes(tag)));

/**
 * The query parameters a kept page reads: a resource list's `category` (page-load.ts) and the
 * long lists' page numbers (`page`, `page2` … `page9`: $lib/paging.ts), so each page of a list is
 * kept on its own and dropped with the page (same tags). Every other parameter leaves the page as
 * it is (the search is a POST; a newsletter link's `token` page names no content type, so it is
 * never kept). A page that starts reading one must name it here.
 */
const READ_PARAMS = /** @type {const} */ (['category', 'page', 'page2', 'page3', 'page4', 'page5', 'page6', 'page7', 'page8', 'page9']);
/** Only resolves a path and query, as adapter-node does (its origin + the request line's target). */
const KEY_BASE = 'http://site.invalid';

/** What a page is kept and sent in, the server's choice first among those a client accepts as much. */
const ENCODINGS = /** @type {const} */ (['br', 'gzip', 'identity']);

/**
 * The encoding a page is sent in for this Accept-Encoding (the hooks compress in it, server.js
 * answers from the cache entry of it), negotiated as Express does: q-values, `*` and
 * `identity;q=0` count, so `br;q=0, gzip` gets gzip. When nothing the cache holds is acceptable,
 * the page goes as it is (identity), as Express's compression sends it.
 * @param {string | undefined | null} acceptEncoding
 * @returns {Encoding}
 */
export function encodingFor(acceptEncoding) {
  const chosen = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? undefined } }).encoding(ENCODINGS, { preferred: ENCODINGS });
  return ENCODINGS.find((encoding) => encoding === chosen) ?? 'identity';
}

/**
 * Negotiates once for the whole request and leaves only the choice in its Accept-Encoding: the
 * static files' server (sirv, in adapter-node's handler) reads the header with a regular
 * expression, which takes `br;q=0, gzip` for Brotli; the hooks then choose the same again.
 * @param {{ headers: { 'accept-encoding'?: string | undefined } }} req
 * @returns {Encoding}
 */
export function settleEncoding(req) {
  const encoding = encodingFor(req.headers['accept-encoding']);
  req.headers['accept-encoding'] = encoding;
  return encoding;
}

export class OutputCache {
  /** @param {{ ttlMs: number, maxBytes?: number }} options */
  constructor({ ttlMs, maxBytes = 64 * 1024 * 1024 }) {
    this.enabled = ttlMs > 0;
    /** @type {LRUCache<string, CachedPage>} */
    this.pages = new LRUCache({
      max: 5000,
      maxSize: maxBytes,
      sizeCalculation: (page) => page.body.length + 512,
      ttl: Math.max(1, ttlMs),
    });
    this.generation = 0;
    /** @type {{ generation: number, at: number, tags: string[], localeTag?: string }[]} */
    this.drops = [];
  }

  /** Where the drops are now: a render takes this before it starts, and passes it to `set`. */
  mark() {
    return this.generation;
  }

  /**
   * Where a URL's page is kept: its path and, of its query, only what a kept page reads, so
   * `?a=1`, `?a=2` … (or `?utm_source=…`) find the page kept for the path instead of each adding
   * one. A path with `%` is never kept: no page's address needs one (slugs are lowercase words and
   * dashes), and SvelteKit decodes it, so `/%61bout` would be one more copy of /about.
   * @param {string} url path and query (as sent, or as SvelteKit parsed it)
   * @param {Encoding} encoding
   * @returns {string | undefined} undefined when the URL's page is not kept
   */
  static key(url, encoding) {
    if (!url.startsWith('/') || !URL.canParse(`${KEY_BASE}${url}`)) return undefined;
    const { pathname, searchParams } = new URL(`${KEY_BASE}${url}`);
    if (pathname.includes('%')) return undefined;
    const kept = new URLSearchParams();
    for (const name of READ_PARAMS) {
      const value = searchParams.get(name); // the first, as the page reads it
      if (value !== null) kept.set(name, value);
    }
    return kept.size > 0 ? `${encoding} ${pathname}?${kept}` : `${encoding} ${pathname}`;
  }

  /** @param {string} url @param {Encoding} encoding */
  get(url, encoding) {
    const key = OutputCache.key(url, encoding);
    return this.enabled && key !== undefined ? this.pages.get(key) : undefined;
  }

  /**
   * Keeps the page, unless a drop covering it came after `since` (its render's `mark()`).
   * @param {string} url @param {Encoding} encoding @param {CachedPage} page @param {number} [since]
   * @returns {boolean} whether it was kept
   */
  set(url, encoding, page, since) {
    if (!this.enabled) return false;
    const key = OutputCache.key(url, encoding);
    if (key === undefined) return false;
    if (since !== undefined && this.drops.some((drop) => drop.generation > since && covers(page, drop.tags, drop.localeTag))) return false;
    this.pages.set(key, page);
    return true;
  }

  /**
   * Drops the pages showing any of these content types; with no tags, every page. With a language
   * tag ("locale:es"), only the pages in that language.
   * @param {string[]} tags
   * @param {string} [localeTag]
   */
  drop(tags, localeTag) {
    const now = Date.now();
    this.generation += 1;
    this.drops = this.drops.filter((drop) => now - drop.at < DROPS_KEPT_MS);
    this.drops.push({ generation: this.generation, at: now, tags, localeTag });
    let dropped = 0;
    for (const [key, page] of this.pages.entries()) {
      if (covers(page, tags, localeTag)) {
        this.pages.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  get size() {
    return this.pages.size;
  }
}

/**
 * The process's one output cache, created by whichever module asks first.
 * @param {number} ttlMs
 * @returns {OutputCache}
 */
export function sharedOutputCache(ttlMs) {
  const scope = /** @type {Record<symbol, OutputCache | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (scope[SHARED] ??= new OutputCache({ ttlMs }));
}

/**
 * The output cache as server.js makes it (first, so the hooks fill this one) and answers from.
 * Without ORIGIN, adapter-node builds each request's address from its Host header, and with it the
 * page's canonical, hreflang and feed links: a page kept for a forged Host would go to everyone, so
 * nothing is kept. With ORIGIN, every page is built for it, whatever Host a request names.
 * @param {{ ORIGIN?: string | undefined, CONTENT_TTL_SECONDS: number }} site the site's settings
 * @returns {OutputCache}
 */
export const serverOutputCache = (site) => sharedOutputCache(site.ORIGIN ? site.CONTENT_TTL_SECONDS * 1000 : 0);
