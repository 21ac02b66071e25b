// Tells the website which content changed, so a published edit is live in seconds instead of after
// the site's cache expires. Sends the same payload shape as Strapi webhooks to SITE_REVALIDATE_URL,
// authenticated with REVALIDATE_SECRET; failures are logged and never block editors. A notice
// that fails is sent again a few times with a growing pause (1, 2, 4, 8 s); the site also asks
// for changes itself every second (src/api/content-change), so a notice lost for good costs a
// second, not a TTL.
import type { Core } from '@strapi/strapi';
import { siteNotices } from '../metrics';
import { isSubmissionType } from './submissions';

/** Pauses before each new try of a failed notice. */
export const NOTICE_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000];

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
    for (let attempt = 0; ; attempt += 1) {
      let problem: string;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(5000),
        });
        // 4xx but 429: the site refuses this notice (wrong secret, bad payload); trying again cannot help.
        if (response.ok || (response.status < 500 && response.status !== 429)) {
          if (!response.ok) strapi.log.warn(`Site revalidation answered ${response.status} for ${event} ${info.uid}`);
          siteNotices.inc({ outcome: response.ok ? 'sent' : 'refused' });
          return;
        }
        problem = `answered ${response.status}`;
      } catch (error) {
        problem = `failed: ${(error as Error).message}`;
      }
      const delay = NOTICE_RETRY_DELAYS_MS[attempt];
      if (delay === undefined) {
        siteNotices.inc({ outcome: 'given-up' });
        strapi.log.warn(`Site revalidation ${problem} for ${event} ${info.uid}, ${attempt + 1} tries; the site's own check for changes will find it`);
        return;
      }
      siteNotices.inc({ outcome: 'retried' });
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
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
