// The shared loader behind `/` and `/<slug>`: the page, its embedded collections and its SEO,
// or a clear 404 / 400 / 503.
import { error } from '@sveltejs/kit';
import { isResourceCategory, type ResourceCategory } from '@maine-sten/content-client';
import { ui } from '$lib/ui-text';
import { formSectionOf, getLayoutContent, getPageView, isCmsUnavailable, pageTags } from './content';
import { startedToken } from './form-timing';
import { buildSeo } from './seo';

export async function loadPage(slug: string, url: URL, locals: App.Locals) {
  const { preview, cacheTags } = locals;
  const category = parseCategory(url.searchParams.get('category'));
  const [view, layout] = await Promise.all([getViewOr503(slug, preview), getLayoutContent(preview)]);
  for (const tag of pageTags(view)) cacheTags.add(tag);
  if (!view) error(404, ui.notFoundTitle);

  const { siteName, hotline } = layout.settings;
  const hasForm = formSectionOf(view) !== undefined;
  // A form carries the time it was shown (the bots' minimum fill time), so its page is made per visit.
  if (hasForm) locals.noSharedCache = true;
  return {
    view,
    category,
    seo: buildSeo(view, { origin: url.origin, siteName, hotline }),
    formStarted: hasForm ? startedToken() : undefined,
  };
}

/** The page, or null; a CMS that cannot be reached (and nothing cached) is a clear 503. */
export const getViewOr503 = (slug: string, preview = false) =>
  getPageView(slug, preview).catch((failure: unknown) => {
    if (isCmsUnavailable(failure)) error(503, ui.errorTitle);
    throw failure;
  });

function parseCategory(value: string | null): ResourceCategory | null {
  if (value === null || value === '') return null;
  if (!isResourceCategory(value)) error(400, ui.badRequestTitle);
  return value;
}
