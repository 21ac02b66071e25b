// Every publish of public content keeps a version of each language it published (history/), from
// the admin, the API, the seed or code alike. After the publish, outside its transaction: a version
// that cannot be kept is logged and never undoes the publish.
import type { Core, Modules } from '@strapi/strapi';
import { currentActor } from '../audit/actor';
import { contentTypeOf } from '../content-types';
import { keepVersion } from '../history/versions';

interface Published {
  documentId?: string;
  locale?: string | null;
  entries?: { documentId?: string; locale?: string | null }[];
}

/** The documentId and languages a publish (or a write with status "published") made public. */
function publishedBy(action: string, params: { status?: string }, result: unknown): { documentId: string; locale: string | null }[] {
  const published = result as Published | null;
  if (!published) return [];
  if (action === 'publish') return (published.entries ?? []).flatMap((entry) => (entry.documentId ? [{ documentId: entry.documentId, locale: entry.locale ?? null }] : []));
  if ((action === 'create' || action === 'update') && params.status === 'published' && published.documentId) return [{ documentId: published.documentId, locale: published.locale ?? null }];
  return [];
}

export const keepVersions =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const result = await next();
    if (contentTypeOf(context.uid)?.access !== 'public') return result;
    const actor = currentActor(strapi);
    for (const { documentId, locale } of publishedBy(context.action, context.params as { status?: string }, result)) {
      try {
        await keepVersion(strapi, context.uid, documentId, locale, actor);
      } catch (error) {
        strapi.log.error(`[history] could not keep a version of ${context.uid} ${documentId} (${locale ?? '-'}): ${(error as Error).message}`);
      }
    }
    return result;
  };
