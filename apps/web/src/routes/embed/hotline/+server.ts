import { embedHtml, EMBED_CSP } from '$lib/server/embed';
import { contentOptions, getLayoutContent, localeTagFor } from '$lib/server/content';
import type { RequestHandler } from './$types';

/** The hotline card for partners' sites: from Site settings, or the built-in numbers if the CMS is down. */
export const GET: RequestHandler = async ({ locals }) => {
  const { settings } = await getLayoutContent(contentOptions(locals));
  locals.cacheTags.add('site-setting').add(localeTagFor(locals.locale));
  return new Response(embedHtml(settings.hotline, locals.locale), {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': EMBED_CSP,
      // A partner page that isolates itself (COEP) may still frame it.
      'cross-origin-resource-policy': 'cross-origin',
    },
  });
};
