import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CMS_PORT, FORMS_MIN_FILL_SECONDS, NOTIFICATION_EMAIL, PATIENT_WITH_THE_CMS, SITE, SITE_WITHOUT_CMS, SMTP_SINK, SMTP_SINK_PORT } from './helpers';

const harness = path.resolve(import.meta.dirname, '../packages/test-harness/src');
const webDir = path.resolve(import.meta.dirname, '../apps/web');
const cmsDir = path.resolve(import.meta.dirname, '../apps/cms');

// Real parts only: a seeded CMS booted from apps/cms, the built site (adapter-node), and the
// system Chromium (never a downloaded browser). A second site instance points at a CMS that is
// not there, for the "CMS down" journeys.

// The site reads the CMS with its own read-only token, as in production.
const CMS_READ_TOKEN = (process.env.E2E_CMS_READ_TOKEN ??= randomBytes(24).toString('hex'));
// The CMS tells the site about changes with this secret; the publish → live tests write with the token.
const REVALIDATE_SECRET = (process.env.E2E_REVALIDATE_SECRET ??= randomBytes(24).toString('hex'));
const E2E_WRITE_TOKEN = (process.env.E2E_WRITE_TOKEN ??= randomBytes(24).toString('hex'));
const PREVIEW_SECRET = (process.env.E2E_PREVIEW_SECRET ??= randomBytes(24).toString('hex'));
// The site stores form submissions with its own create-only token, as in production.
const CMS_FORMS_TOKEN = (process.env.E2E_FORMS_TOKEN ??= randomBytes(24).toString('hex'));
// The first CMS of the run (the shared one below) leaves its freshly seeded database here; every
// CMS a scenario starts later begins from a copy instead of importing the seed again.
process.env.CMS_SEEDED_SQLITE ??= path.join(mkdtempSync(path.join(tmpdir(), 'e2e-seeded-')), 'seeded.db');
// The admin journey signs in to the real Strapi admin as a member of the Editor role.
const E2E_EDITOR_EMAIL = (process.env.E2E_EDITOR_EMAIL ??= 'editor@example.test');
const E2E_EDITOR_PASSWORD = (process.env.E2E_EDITOR_PASSWORD ??= `Editor-${randomBytes(9).toString('hex')}`);

const SLOW_JOURNEY_MS = 300_000;

const CHANGES_CONTENT = ['**/*.live.e2e.ts', '**/*.admin.e2e.ts', '**/*.rename.e2e.ts'];
// Scenarios start, kill and hang processes of their own (@maine-sten/test-harness/processes).
const SCENARIOS = '**/*.scenario.e2e.ts';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

const site = (origin: string, cmsUrl: string) => ({
  command: 'node server.js',
  cwd: webDir,
  url: `${origin}/robots.txt`,
  env: {
    PORT: new URL(origin).port,
    HOST: '127.0.0.1',
    ORIGIN: origin,
    CMS_URL: cmsUrl,
    CMS_READ_TOKEN,
    CMS_FORMS_TOKEN,
    REVALIDATE_SECRET,
    PREVIEW_SECRET,
    ...PATIENT_WITH_THE_CMS,
    // Every form journey posts from 127.0.0.1; one scenario checks the limit with a site of its own.
    FORMS_RATE_LIMIT: '1000',
    SEARCH_RATE_LIMIT: '100000',
    // Longer than any test: the forms' own tokens are a bot's on any machine; people's posts carry older ones (helpers.ts).
    FORMS_MIN_FILL_SECONDS: String(FORMS_MIN_FILL_SECONDS),
    // Longer than the run: a change reaches the site by the CMS's notice or the site's own check,
    // never by its copy expiring, so the publish → live journeys need no deadline to mean that.
    CONTENT_TTL_SECONDS: String(24 * 60 * 60),
    // Each site keeps its own snapshot: the one without a CMS must not serve the other's content.
    CONTENT_SNAPSHOT_DIR: mkdtempSync(path.join(tmpdir(), 'e2e-snapshot-')),
    // …and its own forms' outbox: what the one without a CMS keeps must not reach the shared CMS.
    OUTBOX_DIR: mkdtempSync(path.join(tmpdir(), 'e2e-outbox-')),
    OUTBOX_KEY: randomBytes(32).toString('base64'),
  },
  reuseExistingServer: false,
  timeout: 120_000,
});

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: { baseURL: SITE, trace: 'off' },
  webServer: [
    {
      command: `node ${path.join(harness, 'smtp-sink.mjs')}`,
      url: `${SMTP_SINK}/health`,
      env: { SMTP_SINK_PORT: String(SMTP_SINK_PORT), SMTP_SINK_HTTP_PORT: new URL(SMTP_SINK).port },
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: `node ${path.join(harness, 'cms-server.mjs')}`,
      cwd: cmsDir,
      url: `http://127.0.0.1:${CMS_PORT}/_health`,
      env: {
        CMS_PORT: String(CMS_PORT),
        CMS_READ_TOKEN,
        REVALIDATE_SECRET,
        E2E_WRITE_TOKEN,
        E2E_EDITOR_EMAIL,
        E2E_EDITOR_PASSWORD,
        SITE_REVALIDATE_URL: `${SITE}/api/revalidate`,
        SITE_URL: SITE,
        PREVIEW_SECRET,
        CMS_FORMS_TOKEN,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(SMTP_SINK_PORT),
        EMAIL_FROM: 'Maine STEN <no-reply@maine-sten.test>',
        E2E_NOTIFICATION_EMAIL: NOTIFICATION_EMAIL,
      },
      reuseExistingServer: false,
      timeout: 300_000,
    },
    site(SITE, `http://127.0.0.1:${CMS_PORT}`),
    site(SITE_WITHOUT_CMS, 'http://127.0.0.1:9'),
  ],
  projects: [
    { name: 'js-on', use: { ...chromium, javaScriptEnabled: true }, testIgnore: [...CHANGES_CONTENT, SCENARIOS] },
    {
      name: 'js-off',
      use: { ...chromium, javaScriptEnabled: false },
      testIgnore: ['**/*.js-only.e2e.ts', ...CHANGES_CONTENT, SCENARIOS],
    },
    // A scenario boots processes of its own, and an admin journey drives Strapi's whole admin app:
    // their budget only stops a hang, so it is wide enough for the slowest machine CI lands on
    // (an admin journey took 60 s on a 2-core machine that ran the suite at half speed).
    { name: 'scenarios', use: chromium, testMatch: SCENARIOS, timeout: SLOW_JOURNEY_MS },
    // These change content, so they run after the read-only journeys.
    { name: 'publish-live', use: chromium, testMatch: '**/*.live.e2e.ts', dependencies: ['js-on', 'js-off'] },
    {
      name: 'admin',
      use: {
        ...chromium,
        baseURL: `http://127.0.0.1:${CMS_PORT}`,
        viewport: { width: 1366, height: 900 },
        screenshot: 'only-on-failure',
      },
      testMatch: '**/*.admin.e2e.ts',
      timeout: SLOW_JOURNEY_MS,
      dependencies: ['js-on', 'js-off'],
    },
    // Renames a page the other journeys read: after all of them.
    { name: 'renames', use: chromium, testMatch: '**/*.rename.e2e.ts', dependencies: ['publish-live', 'admin', 'scenarios'] },
  ],
});
