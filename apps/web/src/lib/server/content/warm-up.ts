// Warm-up: every published page in every language, and what it embeds, loaded into the store so
// the snapshot can serve them all (at boot, and when the page list gains a page).
import { siteLocales, type Locale } from '$lib/i18n';
import type { PageSummary } from './types';

export const warmUpWith =
  (
    listPages: () => Promise<PageSummary[]>,
    getLayoutContent: (options: { locale: Locale }) => Promise<unknown>,
    getPageView: (slug: string, options: { locale: Locale }) => Promise<unknown>,
  ) =>
  async (): Promise<void> => {
    const pages = await listPages();
    await Promise.all(
      siteLocales().map(async (locale) => {
        await getLayoutContent({ locale });
        await Promise.all(pages.map((page) => getPageView(page.slug, { locale }).catch(() => null)));
      }),
    );
  };
