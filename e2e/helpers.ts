// Shared helpers for the end-to-end specs.
import { createHmac, randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { tempDir } from '@maine-sten/test-harness/processes';
import { chromium, type APIRequestContext, type Page } from '@playwright/test';
import type { Locale } from '../apps/web/src/lib/generated/paraglide/runtime.js';
import type { ReceivedMail } from '@maine-sten/test-harness/smtp-server';
import { HOTLINE, WRONG_HOTLINE as WRONG_NUMBER } from '../apps/cms/tests/fixtures/seed-source/seed-text.mjs';
import { pages as seededPages } from '../apps/cms/src/seed/pages';
import { partnersPage } from '../apps/cms/src/seed/partners-page';

export const CMS_PORT = 1393;
export const SITE = 'http://127.0.0.1:4174';
export const SITE_WITHOUT_CMS = 'http://127.0.0.1:4175';
export const CMS = `http://127.0.0.1:${CMS_PORT}`;
/** The tests' SMTP server (@maine-sten/test-harness/smtp-sink): the CMS mails it, the tests read it over HTTP. */
export const SMTP_SINK_PORT = 2526;
export const SMTP_SINK = 'http://127.0.0.1:4180';
/** The staff address of the end-to-end CMS's Site settings. */
export const NOTIFICATION_EMAIL = 'staff@maine-sten.test';
/** Headers for the full-access token the content-changing specs write to the CMS with. */
export const WRITE_AUTH = { authorization: `Bearer ${process.env.E2E_WRITE_TOKEN}` };

// The hotline numbers and the seed copy's wrong one are defined once, with the seed-text fixture.
export { HOTLINE };
/** The distinctive end of the wrong number, so no way of writing it slips through. */
export const WRONG_HOTLINE = WRONG_NUMBER.slice(-8);

/** The site's languages (one per messages file): English at /…, the others under their prefix. */
import { locales as LOCALES } from '../apps/web/src/lib/generated/paraglide/runtime.js';

export { LOCALES, type Locale };
export const prefixOf = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

/** A language's interface text, as the tests expect to see it. */
export const messagesOf = (locale: Locale): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../apps/web/messages/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;

/**
 * Paths of every page the CMS seeds, in one language: known before the servers start, so a spec can
 * declare a test per page (each with its own time budget). A test checks that the running site's
 * sitemap lists exactly these.
 */
export const seededPaths = (locale: Locale): string[] =>
  [...seededPages, partnersPage].map(({ slug }) => `${prefixOf(locale)}${slug === 'home' ? '' : `/${slug}`}` || '/');

/** Paths of every page the sitemap lists in one language (default English), read from the running site. */
export async function sitemapPaths(page: Page, locale: Locale = 'en'): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml');
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const prefixed = (path: string, other: string) => path === `/${other}` || path.startsWith(`/${other}/`);
  const inLocale = (path: string) => (locale === 'en' ? !LOCALES.some((other) => other !== 'en' && prefixed(path, other)) : prefixed(path, locale));
  return paths.filter(inLocale);
}

/** Stands in for the neutral quick-exit site, which this machine cannot reach. */
export async function fakeQuickExitSite(page: Page): Promise<void> {
  await page.route('https://www.weather.gov/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}

/** Accessibility rules every page must pass: WCAG 2.2 AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe for WCAG 2.2 AA, reporting violations only: the checks still run on every element, but axe
 * no longer gathers and serialises every passing node (a tenth of the accessibility file's time).
 */
export const axe = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS);

/**
 * For waits on an event (a change notice reaching the site, an email arriving): no deadline of their
 * own but the test's, so a slow machine makes them slower, never failed. Log the time they took;
 * never assert it.
 */
export const UNTIL_IT_HAPPENS = { timeout: 0 } as const;

/**
 * The end-to-end sites' FORMS_MIN_FILL_SECONDS: far longer than any test runs, so a form's own start
 * token always reads as a bot's however slow the machine, and a person's post carries a token made
 * older than this (personsToken) instead of waiting.
 */
export const FORMS_MIN_FILL_SECONDS = 600;

/**
 * A form start token as a site signs them (apps/web/src/lib/server/form-timing.ts: the time the page
 * was rendered, a random part, an HMAC-SHA256 with a key derived from its CMS_FORMS_TOKEN), as if
 * the page had been opened `ageMs` ago: a test sets how long the visitor took instead of waiting.
 * `formsToken`: the site's CMS_FORMS_TOKEN (the shared sites' by default).
 */
export function startedToken(ageMs: number, formsToken = process.env.E2E_FORMS_TOKEN): string {
  const payload = `${Date.now() - ageMs}.${randomBytes(9).toString('base64url')}`;
  const signature = createHmac('sha256', `form-timing:${formsToken}`).update(payload).digest('base64url');
  return `${payload}.${signature}`;
}

/**
 * A token a person could send back: an hour older than the minimum fill time, and 22 hours short of
 * expiring (FORMS_TOKEN_MAX_AGE_SECONDS, a day), margins no machine's slowness comes near.
 */
export const personsToken = () => startedToken((FORMS_MIN_FILL_SECONDS + 60 * 60) * 1000);

/**
 * From now on, every page of the site this browser page opens carries a person's start token in its
 * forms, so a journey can fill a form and send it at once. The token is swapped in the HTML on the
 * way (the pages render no script, so this works with JavaScript on and off alike).
 */
export async function fillFormsLikeAPerson(page: Page): Promise<void> {
  await page.route(`${SITE}/**`, async (route) => {
    const request = route.request();
    if (request.method() !== 'GET' || !request.isNavigationRequest()) return route.fallback();
    const response = await route.fetch({ maxRedirects: 0 });
    if (!response.headers()['content-type']?.startsWith('text/html')) return route.fulfill({ response });
    const html = (await response.text()).replace(/<input\b[^>]*\bname="started"[^>]*>/g, (input) =>
      input.replace(/\bvalue="[^"]*"/, `value="${personsToken()}"`),
    );
    await route.fulfill({ response, body: html });
  });
}

export type Mail = ReceivedMail;

/** The mails the tests' SMTP server received for this address. */
export async function mailsTo(request: APIRequestContext, address: string): Promise<Mail[]> {
  return (await (await request.get(`${SMTP_SINK}/mails?to=${encodeURIComponent(address)}`)).json()) as Mail[];
}

/** A mail's body with quoted-printable line breaks and "=" undone, so links read whole. */
export const mailBody = (mail: Mail) => mail.raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');

let signedIn: Promise<string> | undefined;
/** One sign-in per test worker: Strapi limits admin sign-ins per address (a few per minutes). */
function editorToken(request: APIRequestContext): Promise<string> {
  signedIn ??= (async () => {
    const login = await request.post(`${CMS}/admin/login`, {
      data: { email: process.env.E2E_EDITOR_EMAIL, password: process.env.E2E_EDITOR_PASSWORD },
    });
    if (!login.ok()) throw new Error(`Editor sign-in answered ${login.status()}: ${await login.text()}`);
    return ((await login.json()) as { data: { token: string } }).data.token;
  })();
  return signedIn;
}

/**
 * Submissions as an editor sees them in the admin: signs in as the end-to-end Editor and reads
 * the content manager's own API (the entries are in no public API).
 */
export async function adminEntries(
  request: APIRequestContext,
  type: 'contact-message' | 'training-request' | 'newsletter-subscription',
  email: string,
): Promise<Record<string, unknown>[]> {
  const token = await editorToken(request);
  const uid = `api::${type}.${type}`;
  // Every page, matched here: contact messages' and training requests' emails are encrypted at
  // rest, so the database cannot filter on them.
  const found: Record<string, unknown>[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const response = await request.get(`${CMS}/content-manager/collection-types/${uid}?page=${page}&pageSize=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { results: Record<string, unknown>[]; pagination: { pageCount: number } };
    found.push(...body.results.filter((entry) => entry.email === email));
    pageCount = body.pagination.pageCount;
  }
  return found;
}

/** The Content Manager's own API, as the end-to-end Editor (what the admin's pages call). */
export async function contentManager(request: APIRequestContext, method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown) {
  const token = await editorToken(request);
  return request.fetch(`${CMS}/content-manager${path}`, { method, headers: { authorization: `Bearer ${token}` }, data });
}

/** The system Chromium, for scenarios that start sites of their own (they have no browser fixture). */
export const launchChromium = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/** Settings for a scenario's own site on the shared end-to-end CMS (its tokens), with a snapshot of its own. */
export const onSharedCms = (name: string): Record<string, string> => ({
  CMS_URL: CMS,
  CMS_READ_TOKEN: process.env.E2E_CMS_READ_TOKEN!,
  CMS_FORMS_TOKEN: process.env.E2E_FORMS_TOKEN!,
  CONTENT_SNAPSHOT_DIR: tempDir(`e2e-${name}-`),
});

/**
 * For every site the tests start: how long it waits for the CMS (CMS_TIMEOUT_MS, 5 s by default).
 * A CMS slow to answer on a busy machine (the admin journeys run beside the others) is not what
 * the tests are about; a timeout would turn into a 503 or a form sent back, and open the site's
 * pause after failures. A CMS that never answers is a scenario of its own, with its own setting.
 */
export const PATIENT_WITH_THE_CMS = { CMS_TIMEOUT_MS: '60000' };
