// Drops the content API's response cache whenever anything editors or visitors change is written
// through Strapi (entries of any type, media files): coarse, but a publish is rare next to reads.
// An entry's write drops it before the write returns (a document middleware, not the change event
// Strapi emits a moment later), so no read that follows a publish can be answered from before it.
// Also on a timer, the TTL.
import type { Core, Modules } from '@strapi/strapi';
import { isSubmissionType, STAFF_MANAGED_TYPES, STAFF_ONLY_TYPES } from '../bootstrap/submissions';
import { cmsSettings } from '../settings';
import { ApiCacheStore } from './store';

/** Rows no content-API answer shows (form submissions, staff records): their writes change nothing kept. */
const NEVER_ANSWERED: readonly string[] = [...STAFF_ONLY_TYPES, ...STAFF_MANAGED_TYPES];
const changesAnswers = (uid: string) => !isSubmissionType(uid) && !NEVER_ANSWERED.includes(uid);

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const MEDIA_EVENTS = ['media.create', 'media.update', 'media.delete'];

let store: ApiCacheStore | undefined;
let owner: Core.Strapi | undefined;

/** This process's store (one per booted Strapi: a test may boot twice in one process). */
export function apiCache(strapi: Core.Strapi, options: { ttlSeconds: number; maxBytes: number }): ApiCacheStore {
  if (store && owner === strapi) return store;
  owner = strapi;
  store = new ApiCacheStore({ ttlMs: options.ttlSeconds * 1000, maxBytes: options.maxBytes }, cmsSettings(), (message) => strapi.log.warn(message));
  return store;
}

const cacheOf = (strapi: Core.Strapi) => {
  const settings = cmsSettings();
  return apiCache(strapi, { ttlSeconds: settings.API_CACHE_SECONDS, maxBytes: settings.API_CACHE_MAX_MB * 1024 * 1024 });
};

/** Every write of the document service (register): dropped once the write is done, before it returns. */
export const dropApiCacheOnWrites =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const result = await next();
    // A form post must not empty the cache: a flood of them would make every read a miss.
    if (WRITES.has(context.action) && changesAnswers(context.uid)) await cacheOf(strapi).drop();
    return result;
  };

/** Media files (bootstrap): the upload plugin writes them outside the document service. */
export function dropApiCacheOnMediaChanges(strapi: Core.Strapi): void {
  for (const event of MEDIA_EVENTS) {
    strapi.eventHub.on(event, async () => {
      await cacheOf(strapi).drop();
    });
  }
}
