// Tells the website which content changed, so a published edit is live in seconds instead of after
// the site's cache expires. Sends the same payload shape as Strapi webhooks to SITE_REVALIDATE_URL,
// authenticated with REVALIDATE_SECRET; failures are logged and never block editors.
import type { Core } from '@strapi/strapi';
import { isSubmissionType } from './submissions';

const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'] as const;

interface EntryEvent {
  model?: string;
  uid?: string;
  entry?: { documentId?: string; slug?: string; locale?: string | null };
}

export function notifySiteOfChanges(strapi: Core.Strapi, options: { url?: string; secret?: string }): boolean {
  const { url, secret } = options;
  if (!url || !secret) return false;

  const send = async (event: string, info: EntryEvent) => {
    // Form submissions are never on the site.
    if (!info.uid?.startsWith('api::') || isSubmissionType(info.uid)) return;
    const body = {
      event,
      model: info.model,
      uid: info.uid,
      // The language changed: the site refreshes only that language (a change in the default one,
      // which other languages fall back to, refreshes all).
      entry: { documentId: info.entry?.documentId, slug: info.entry?.slug, locale: info.entry?.locale ?? undefined },
    };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok) strapi.log.warn(`Site revalidation answered ${response.status} for ${event} ${info.uid}`);
    } catch (error) {
      strapi.log.warn(`Site revalidation failed for ${event} ${info.uid}: ${(error as Error).message}`);
    }
  };

  for (const event of EVENTS) {
    // Not awaited: the editor's save must not wait for (or fail with) the website.
    strapi.eventHub.on(event, async (info: EntryEvent) => {
      void send(event, info);
    });
  }
  return true;
}
