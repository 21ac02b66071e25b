// The site in each language (both projects: JavaScript on and off): English at /…, Spanish and
// French under /es and /fr, each page with its language, alternates, the hotline and the quick
// exit in that language, a switcher to the same page in the others, and every seeded page in its
// language (English where a page is not translated yet: untranslated.live.e2e.ts). (axe checks
// every page in every language: accessibility.js-only.e2e.ts.)
import { expect, test } from '@playwright/test';
import { fillFormsLikeAPerson, HOTLINE, LOCALES, messagesOf, prefixOf, seededPaths, sitemapPaths, axe, type Locale } from '../helpers';

/** What the seeded CMS says in each language (the interface text is read from messages/). */
const SEEDED: Record<string, { hotline: string; help: string }> = {
  en: { hotline: 'National Human Trafficking Hotline', help: 'Get help now' },
  es: { hotline: 'Línea Nacional contra la Trata de Personas', help: 'Ayuda inmediata' },
  fr: { hotline: 'Ligne nationale contre la traite des êtres humains', help: 'Obtenir de l’aide maintenant' },
};
const TEXT = Object.fromEntries(
  LOCALES.map((locale) => {
    const messages = messagesOf(locale);
    const seeded = SEEDED[locale] ?? SEEDED.en!; // a language the seed has no settings for shows English
    return [locale, { ...seeded, quickExit: messages.quickExit!, switcher: messages.languageSwitcher!, name: messages.languageName!, untranslated: messages.untranslatedNotice! }];
  }),
) as Record<Locale, { hotline: string; help: string; quickExit: string; switcher: string; name: string; untranslated: string }>;
const NAMES = Object.fromEntries(LOCALES.map((locale) => [locale, TEXT[locale].name])) as Record<Locale, string>;

/** A page's path (as English has it) in a language: "/faq" → "/es/faq", "/" → "/es". */
const inLocale = (path: string, locale: Locale) => (locale === 'en' ? path : `${prefixOf(locale)}${path === '/' ? '' : path}`);
const englishPath = (path: string) => path.replace(/^\/(es|fr)(?=\/|$)/, '') || '/';

test('the sitemap lists every page in every language, each with its alternates', async ({ page }) => {
  const english = await sitemapPaths(page, 'en');
  expect(english.length).toBeGreaterThanOrEqual(10);
  for (const locale of LOCALES) expect(await sitemapPaths(page, locale)).toEqual(english.map((path) => inLocale(path, locale)));
  const xml = await (await page.request.get('/sitemap.xml')).text();
  const faqEntry = /<url><loc>[^<]*\/es\/faq<\/loc>.*?<\/url>/.exec(xml)?.[0] ?? '';
  for (const [hreflang, path] of [['en', '/faq'], ['es', '/es/faq'], ['fr', '/fr/faq'], ['x-default', '/faq']]) {
    expect(faqEntry).toMatch(new RegExp(`hreflang="${hreflang}" href="[^"]*${path}"`));
  }
});

for (const locale of LOCALES) {
  const text = TEXT[locale];

  test(`${locale}: every sitemap page answers in its language, with alternates, the hotline, the quick exit and the switcher`, async ({ page }) => {
    for (const path of await sitemapPaths(page, locale)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

      const url = (p: string) => new URL(p, page.url()).href;
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url(path));
      for (const other of LOCALES) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', url(inLocale(englishPath(path), other)));
      }
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', url(englishPath(path)));

      const banner = page.locator('.hotline-banner');
      await expect(banner).toContainText(text.hotline);
      await expect(banner.locator('a[href="tel:+18883737888"]')).toContainText(HOTLINE.phone);
      await expect(banner.locator(`a[href="sms:${HOTLINE.sms}"]`)).toContainText(HOTLINE.sms);
      await expect(banner.locator(`a[href="tel:${HOTLINE.tty}"]`)).toContainText(HOTLINE.tty);
      await expect(page.locator('a#quick-exit')).toHaveText(text.quickExit);

      const switcher = page.getByRole('navigation', { name: text.switcher });
      for (const other of LOCALES) {
        const link = switcher.getByRole('link', { name: NAMES[other], exact: true });
        await expect(link).toHaveAttribute('href', inLocale(englishPath(path), other));
        await expect(link).toHaveAttribute('lang', other);
      }
      await expect(switcher.locator('a[aria-current="true"]')).toHaveText(NAMES[locale]);
    }
  });

  test(`${locale}: the switcher leads to the same page in each language`, async ({ page }) => {
    for (const other of LOCALES) {
      await page.goto(inLocale('/get-help', locale));
      await page.getByRole('navigation', { name: text.switcher }).getByRole('link', { name: NAMES[other], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${inLocale('/get-help', other)}$`));
      await expect(page.locator('h1')).toHaveText(TEXT[other].help);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    }
  });
}

test('the Spanish and French Get help pages and hotline notice are in their language', async ({ page }) => {
  for (const [locale, words] of [
    ['es', ['Contacte la línea de ayuda', 'Navegar con más seguridad']],
    ['fr', ['Contacter la ligne d’aide', 'Rester en sécurité en ligne']],
  ] as const) {
    await page.goto(`/${locale}/get-help`);
    for (const phrase of words) await expect(page.locator('main')).toContainText(phrase);
    // Seeded, not yet checked by a person: said in one line under the title.
    await expect(page.locator('.translation-note')).toHaveText(messagesOf(locale).translationUnreviewedNotice!);
    // The hotline's notice, translated, with the number from the shared settings.
    await expect(page.locator('.site-footer__notice')).toContainText(HOTLINE.phone);
    await expect(page.locator('.site-footer__notice')).toContainText(locale === 'es' ? 'servicios directos' : 'services directs');
  }
  await page.goto('/es/faq');
  await expect(page.locator('.faq-list__toc')).toHaveAttribute('aria-label', 'Preguntas en esta página');
});

for (const locale of ['es', 'fr'] as const) {
  for (const path of seededPaths(locale)) {
    test(`${path} is all in its language: no notice, no English`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.locator('.untranslated')).toHaveCount(0);
      await expect(page.locator('main [lang="en"]')).toHaveCount(0);
    });
  }
}

test('the language is only ever the address’s: no redirect from Accept-Language, and no cookie', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'es-MX,es;q=0.9' } });
  const page = await context.newPage();
  const response = await page.goto('/faq');
  expect(response?.status()).toBe(200);
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/es/faq');
  await page.goto('/faq');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('a form in Spanish answers in Spanish: labels, the error summary and each message', async ({ page, javaScriptEnabled }) => {
  // Filled by a person: the form says it was opened long enough ago, so its errors show, not a bot's confirmation.
  await fillFormsLikeAPerson(page);
  await page.goto('/es/contact');
  await expect(page.getByLabel('Su nombre')).toBeVisible();
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill('ana@ejemplo');
  await page.locator('form.form button[type="submit"]').click();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.locator('.error-summary');
  await expect(summary.locator('h2')).toHaveText('Hay un problema');
  await expect(summary.locator('a[href="#field-name"]')).toHaveText('Escriba su nombre');
  await expect(summary.locator('a[href="#field-email"]')).toHaveText(
    'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com',
  );
  await expect(page.locator('#field-email')).toHaveValue('ana@ejemplo');
  await expect(page).toHaveURL(/\/es\/contact$/);
  // axe runs as a script in the page: the same page, errors showing, is checked with JavaScript on.
  // From the top: scrolled to the summary, the links above it pass under the sticky quick-exit bar,
  // which axe counts as targets too close to it (where they sit depends on the page's length).
  if (javaScriptEnabled) {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await axe(page).analyze()).violations).toEqual([]);
  }
});

test('search in Spanish finds the Spanish pages and leads to them in Spanish', async ({ page }) => {
  await page.goto('/es');
  await page.locator('#site-search-q').fill('idiomas');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/es\/search$/);
  await expect(page.locator('h1')).toHaveText('Buscar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('main a[href="/es/get-help"]').first()).toBeVisible();
});

test('a search for help in Spanish or French pins the hotline above the results', async ({ page }) => {
  for (const [locale, query] of [['es', 'necesito ayuda'], ['fr', 'urgence']] as const) {
    await page.goto(`/${locale}`);
    await page.locator('#site-search-q').fill(query);
    await page.locator('#site-search-q').press('Enter');
    const pinned = page.locator('.search__hotline');
    await expect(pinned).toBeVisible();
    await expect(pinned.locator('a[href="tel:+18883737888"]')).toContainText(HOTLINE.phone);
  }
});
