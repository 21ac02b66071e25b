// Drops the content API's response cache whenever anything editors or visitors change is written
// through Strapi (entries of any type, media files): coarse, but a publish is rare next to reads,
// and nothing a partner is answered can then be older than the change. Also on a timer, the TTL.
import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../settings';
import { ApiCacheStore } from './store';

const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.create', 'media.update', 'media.delete'];

let store: ApiCacheStore | undefined;
let owner: Core.Strapi | undefined;

/** This process's store (one per booted Strapi: a test may boot twice in one process). */
export function apiCache(strapi: Core.Strapi, options: { ttlSeconds: number; maxBytes: number }): ApiCacheStore {
  if (store && owner === strapi) return store;
  owner = strapi;
  store = new ApiCacheStore({ ttlMs: options.ttlSeconds * 1000, maxBytes: options.maxBytes }, cmsSettings(), (message) => strapi.log.warn(message));
  return store;
}

export function dropApiCacheOnChanges(strapi: Core.Strapi): void {
  const settings = cmsSettings();
  const cache = apiCache(strapi, { ttlSeconds: settings.API_CACHE_SECONDS, maxBytes: settings.API_CACHE_MAX_MB * 1024 * 1024 });
  for (const event of EVENTS) {
    strapi.eventHub.on(event, async () => {
      await cache.drop();
    });
  }
}
