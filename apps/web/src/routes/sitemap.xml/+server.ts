import { error } from '@sveltejs/kit';
import { isCmsUnavailable, listPages } from '$lib/server/content';
import type { RequestHandler } from './$types';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export const GET: RequestHandler = async ({ url, locals }) => {
  locals.cacheTags.add('page');
  const pages = await listPages().catch((failure: unknown) => {
    if (isCmsUnavailable(failure)) error(503, 'The sitemap is temporarily unavailable.');
    throw failure;
  });
  const entries = pages.map((page) => {
    const loc = new URL(page.slug === 'home' ? '/' : `/${page.slug}`, url.origin).toString();
    const lastmod = page.updatedAt ? `<lastmod>${page.updatedAt.slice(0, 10)}</lastmod>` : '';
    return `  <url><loc>${escapeXml(loc)}</loc>${lastmod}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(body, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
};
