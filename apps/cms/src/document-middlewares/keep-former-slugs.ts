// Printed outreach materials, bookmarks and partners' links name a page by its address: when a
// page's slug changes, its old slugs (every version's: draft and published, any language) go into
// its "Former addresses", which the site answers with a permanent redirect to the page. The list
// belongs to the page, so a chain of renames still leads to it in one hop and a redirect can never
// point to nowhere. Editors may add addresses by hand, one per line: each is tidied ("/Old-Page" →
// "old-page") and refused when it cannot be an address. (One text field, not a list: the site's
// page list stays one cheap query.)
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSlug } from '../utils/slug';

const PAGE = 'api::page.page';

interface PageWrite {
  documentId?: string;
  data?: { slug?: unknown; formerSlugs?: unknown };
}

/** "/Old-Page/ " → "old-page": how an editor may type an address they have seen. */
export const tidySlug = (value: string): string => value.trim().toLowerCase().replace(/^\/+|\/+$/g, '');

/** The addresses in the field's text, one per line, blank lines left out. */
export const formerSlugsIn = (text: unknown): string[] =>
  typeof text === 'string' ? text.split('\n').map(tidySlug).filter((line) => line !== '') : [];

/**
 * The page's former addresses after a save: those it had, then each old slug, without the new
 * slug (a page renamed back is not a redirect to itself) and without repeats.
 */
export function nextFormerSlugs(kept: string[], oldSlugs: string[], slug: string | undefined): string[] {
  const seen = new Set<string>(slug === undefined ? [] : [slug]);
  const result: string[] = [];
  for (const address of [...kept, ...oldSlugs]) {
    if (!isSlug(address)) {
      throw new errors.ValidationError(
        `"${address}" cannot be a former address: use the part after the site's name, in lowercase words joined by dashes (for example old-page for /old-page), one per line.`,
      );
    }
    if (seen.has(address)) continue;
    seen.add(address);
    result.push(address);
  }
  return result;
}

export const keepFormerSlugs =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as PageWrite;
    if (context.uid !== PAGE || (context.action !== 'create' && context.action !== 'update') || !params.data) return next();
    const data = params.data;
    const slug = typeof data.slug === 'string' ? data.slug : undefined;
    const versions = (params.documentId
      ? await strapi.db.query(PAGE).findMany({ where: { documentId: params.documentId }, select: ['slug', 'formerSlugs', 'publishedAt'] })
      : []) as { slug: string | null; formerSlugs: string | null; publishedAt: string | null }[];
    versions.sort((a, b) => Number(a.publishedAt !== null) - Number(b.publishedAt !== null)); // drafts first: the newest
    const renamed = slug !== undefined && versions.some((version) => version.slug && version.slug !== slug);
    if (data.formerSlugs === undefined && !renamed) return next();
    // What the form sent, or else what the page has.
    const kept = formerSlugsIn(data.formerSlugs === undefined ? versions[0]?.formerSlugs : data.formerSlugs);
    const oldSlugs = renamed ? versions.flatMap((version) => (version.slug ? [version.slug] : [])) : [];
    data.formerSlugs = nextFormerSlugs(kept, oldSlugs, slug ?? versions[0]?.slug ?? undefined).join('\n');
    return next();
  };
