// The GraphQL clients the site reads the CMS with: one per language and status (drafts for
// preview), made on first use and kept; all read with the site's server-side token.
import { createContentClient, type ContentClient } from '@maine-sten/content-client';
import { baseLocale } from '$lib/i18n';
import { cmsUrl } from '../cms-url';
import { settings } from '../settings.js';
import type { ContentOptions } from './types';

export type ClientPool = (options?: ContentOptions) => ContentClient;

export function clientPool(): ClientPool {
  const clients = new Map<string, ContentClient>();
  return ({ locale = baseLocale, preview = false } = {}) => {
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
}
