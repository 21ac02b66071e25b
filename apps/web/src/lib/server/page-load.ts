// The shared loader behind `/` and `/<slug>`: the page, its embedded collections and its SEO,
// or a clear 404 / 400 / 503.
import { error, redirect } from '@sveltejs/kit';
import { isResourceCategory, type ResourceCategory } from '@maine-sten/content-client';
import { m } from '$lib/i18n';
import { pageHref } from '$lib/links';
import { contentOptions, findRedirect, formSectionOf, getLayoutContent, getPageView, isCmsUnavailable, pageTags, type ContentOptions } from './content';
import { startedToken } from './form-timing';
import { listPageNumber, listParams, pageLists } from './list-pages';
import { canonicalSearch } from '$lib/paging';
import { buildSeo } from './seo';

export async function loadPage(slug: string, url: URL, locals: App.Locals) {
  const { cacheTags } = locals;
  const options = contentOptions(locals);
  const category = parseCategory(url.searchParams.get('category'));
  const [view, layout] = await Promise.all([getViewOr503(slug, options), getLayoutContent(options)]);
  for (const tag of pageTags(view, locals.locale)) cacheTags.add(tag);
  if (!view) {
    // A page's former address: the same language, query and (kept by the browser) fragment, at its address now.
    const target = options.preview ? null : await findRedirect(slug).catch(() => null);
    if (target) redirect(301, pageHref(target, locals.locale) + url.search);
    error(404, m.notFoundTitle());
  }

  // The long lists' pages (`?page=`): 400 for a number that is not one, 404 for a page there is not.
  const lists = pageLists(view, url, category);
  const faqsShown = lists.flatMap((entry) => (entry?.kind === 'faqs' ? entry.list.items : []));
  const { siteName, hotline } = layout.settings;
  const hasForm = formSectionOf(view) !== undefined;
  // A form carries the time it was shown (the bots' minimum fill time), so its page is made per visit.
  if (hasForm) locals.noSharedCache = true;
  return {
    view,
    category,
    lists,
    // The layout's canonical and alternate addresses keep a list's page number above 1.
    canonicalSearch: canonicalSearch(url, listParams(view)),
    // The structured data names the questions this page shows, not every one.
    seo: buildSeo({ ...view, faqs: faqsShown }, { origin: url.origin, siteName, hotline, pageNumber: listPageNumber(lists) }),
    formStarted: hasForm ? startedToken() : undefined,
  };
}

/** The page, or null; a CMS that cannot be reached (and nothing cached) is a clear 503. */
export const getViewOr503 = (slug: string, options: ContentOptions) =>
  getPageView(slug, options).catch((failure: unknown) => {
    if (isCmsUnavailable(failure)) error(503, m.errorTitle());
    throw failure;
  });

function parseCategory(value: string | null): ResourceCategory | null {
  if (value === null || value === '') return null;
  if (!isResourceCategory(value)) error(400, m.badRequestTitle());
  return value;
}
