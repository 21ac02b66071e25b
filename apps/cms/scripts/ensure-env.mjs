// Writes apps/cms/.env with fresh random secrets on first start, so `pnpm start` needs no manual
// step and no secret is ever committed. Existing values (from .env or the environment) are kept.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const envFile = fileURLToPath(new URL('../.env', import.meta.url));
const secret = () => randomBytes(24).toString('base64');

const generators = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  // Form submissions are stored encrypted with it (AES-256: 32 bytes). Lose it and they are lost.
  SUBMISSIONS_KEY: () => randomBytes(32).toString('base64'),
  // The website's own key for the form submissions it keeps while the CMS is away (its outbox).
  OUTBOX_KEY: () => randomBytes(32).toString('base64'),
  // The website's read-only API token (the CMS keeps a token with this secret; the site sends it).
  CMS_READ_TOKEN: () => randomBytes(32).toString('hex'),
  // The website will store form submissions with this token, which can do nothing else.
  CMS_FORMS_TOKEN: () => randomBytes(32).toString('hex'),
  // Shared by the CMS (which calls the site's /api/revalidate on changes) and the website.
  REVALIDATE_SECRET: () => randomBytes(32).toString('hex'),
  // Guards the site's draft preview; the CMS puts it in its "Open preview" links.
  PREVIEW_SECRET: () => randomBytes(32).toString('hex'),
  // The first administrator, created on first start: the CMS never listens with an open sign-up.
  ADMIN_EMAIL: () => 'admin@maine-sten.local',
  ADMIN_PASSWORD: () => `Sten-${randomBytes(12).toString('base64url')}-9A`,
};

const current = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
const defined = new Set(
  current
    .split('\n')
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=/)?.[1])
    .filter(Boolean),
);

const added = Object.entries(generators)
  .filter(([name]) => !defined.has(name) && !process.env[name])
  .map(([name, generate]) => `${name}=${generate()}`);

if (added.length > 0) {
  const header = current === '' ? '# Generated on first start. Keep it secret; never commit it.\n' : '';
  const separator = current !== '' && !current.endsWith('\n') ? '\n' : '';
  appendFileSync(envFile, `${separator}${header}${added.join('\n')}\n`, { mode: 0o600 });
  console.log(`cms: wrote ${added.length} generated secret(s) to apps/cms/.env`);
  const admin = Object.fromEntries(added.map((line) => line.split(/=(.*)/s).slice(0, 2)));
  if (admin.ADMIN_PASSWORD) {
    console.log(`cms: sign in to the admin as ${admin.ADMIN_EMAIL ?? process.env.ADMIN_EMAIL} with the password ADMIN_PASSWORD in apps/cms/.env`);
  }
}
