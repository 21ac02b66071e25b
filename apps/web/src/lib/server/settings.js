// @ts-check
// The website's settings, read from the environment through one schema. An empty value means the
// default (a line copied from .env.example often is empty), and a value that is not what the
// setting takes stops the start with the variable's name, instead of turning a limit into 0 or a
// cache off. Plain JavaScript so that server.js reads the same settings as the SvelteKit app.
import * as v from 'valibot';

/** An empty or unset variable is absent; anything else is trimmed. */
const text = v.pipe(
  v.optional(v.string(), ''),
  v.trim(),
  v.transform((value) => (value === '' ? undefined : value)),
);

/** A whole number of at least `min`, or `fallback` when empty. */
const whole = (/** @type {number} */ fallback, min = 0) =>
  v.pipe(
    text,
    v.check((value) => value === undefined || /^\d+$/.test(value), `must be a whole number (default ${fallback})`),
    v.transform((value) => (value === undefined ? fallback : Number(value))),
    v.minValue(min, `must be at least ${min}`),
  );

const flag = v.pipe(
  text,
  v.check((value) => value === undefined || /^(true|false|1|0)$/.test(value), 'must be true or false'),
  v.transform((value) => value === 'true' || value === '1'),
);

/** An absolute URL with one of the protocols. */
const url = (protocols = ['http:', 'https:']) =>
  v.pipe(
    text,
    v.check(
      (value) => value === undefined || (URL.canParse(value) && protocols.includes(new URL(value).protocol)),
      `must be a full URL starting with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}`,
    ),
  );

const SCHEMA = v.object({
  PORT: whole(3000, 1),
  HOST: v.pipe(text, v.transform((value) => value ?? '0.0.0.0')),
  ORIGIN: url(),
  CSRF_ALLOW_HOST: flag,
  CMS_URL: url(),
  CMS_PORT: whole(1337, 1),
  CMS_PUBLIC_URL: url(),
  CMS_READ_TOKEN: text,
  CMS_FORMS_TOKEN: text,
  CMS_TIMEOUT_MS: whole(5000, 1),
  REVALIDATE_SECRET: text,
  PREVIEW_SECRET: text,
  REDIS_URL: url(['redis:', 'rediss:']),
  CONTENT_TTL_SECONDS: whole(30),
  CONTENT_CACHE_MAX_ENTRIES: whole(500, 1),
  CONTENT_SNAPSHOT_DIR: text,
  OUTBOX_DIR: text,
  OUTBOX_MAX_ENTRIES: whole(10_000, 1),
  OUTBOX_MAX_BYTES: whole(50 * 1024 * 1024, 1024),
  CHANGES_POLL_MS: whole(1000, 100),
  METRICS_TOKEN: text,
  FORMS_RATE_LIMIT: whole(10, 1),
  FORMS_RATE_WINDOW_SECONDS: whole(600, 1),
  FORMS_MIN_FILL_SECONDS: whole(3),
  FORMS_TOKEN_MAX_AGE_SECONDS: whole(24 * 60 * 60, 1),
  SEARCH_RATE_LIMIT: whole(60, 1),
  SEARCH_RATE_WINDOW_SECONDS: whole(60, 1),
  // Entries a page of every long list shows (the directory, resources, FAQ); 0: each list's own ($lib/paging.ts).
  LIST_PAGE_SIZE: whole(0),
});

/** @typedef {v.InferOutput<typeof SCHEMA>} SiteSettings */

export class SettingsError extends Error {}

/**
 * The settings in `source`, or a SettingsError naming every variable that is wrong.
 * @param {Record<string, string | undefined>} source
 * @returns {SiteSettings}
 */
export function readSettings(source) {
  const result = v.safeParse(SCHEMA, source);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const name = issue.path?.map((item) => String(item.key)).join('.') ?? '?';
    return `${name}=${JSON.stringify(source[name] ?? '')} ${issue.message}`;
  });
  throw new SettingsError(`Invalid settings: ${problems.join('; ')}`);
}

/** The settings of this process, read once at start. */
export const settings = readSettings(process.env);
