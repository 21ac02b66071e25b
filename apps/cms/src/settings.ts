// The CMS's settings, read from the environment through one schema (the config files and the
// bootstrap use it). An empty value means the default (a line copied from .env.example often is
// empty: Strapi's env.int would make it NaN), and a value that is not what the setting takes stops
// the start with the variable's name. Read again at each config load, so a test can boot the CMS
// twice in one process with other settings.
import * as v from 'valibot';

const text = v.pipe(
  v.optional(v.string(), ''),
  v.trim(),
  v.transform((value) => (value === '' ? undefined : value)),
);

const withDefault = (fallback: string) => v.pipe(text, v.transform((value) => value ?? fallback));

const whole = (fallback: number, min = 0) =>
  v.pipe(
    text,
    v.check((value) => value === undefined || /^\d+$/.test(value), `must be a whole number (default ${fallback})`),
    v.transform((value) => (value === undefined ? fallback : Number(value))),
    v.minValue(min, `must be at least ${min}`),
  );

/** true/false, or undefined when not set (the caller's default may depend on NODE_ENV). */
const maybeFlag = v.pipe(
  text,
  v.check((value) => value === undefined || /^(true|false|1|0)$/.test(value), 'must be true or false'),
  v.transform((value) => (value === undefined ? undefined : value === 'true' || value === '1')),
);
const flag = (fallback: boolean) => v.pipe(maybeFlag, v.transform((value) => value ?? fallback));

const url = v.pipe(
  text,
  v.check(
    (value) => value === undefined || (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)),
    'must be a full URL starting with http:// or https://',
  ),
);

const list = (fallback: string[]) =>
  v.pipe(
    text,
    v.transform((value) => (value === undefined ? fallback : value.split(',').map((item) => item.trim()).filter(Boolean))),
  );

const redisUrl = v.pipe(
  text,
  v.check(
    (value) => value === undefined || (URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol)),
    'must be a URL starting with redis:// or rediss://',
  ),
);

/** A secret with no safe default: absent, the CMS does not start (rather than run insecurely). */
const secret = v.pipe(
  text,
  v.check((value) => value !== undefined, 'is not set. Run `pnpm start` once to generate apps/cms/.env, or set it in the environment'),
  v.transform((value) => value as string),
);

const SCHEMA = v.object({
  NODE_ENV: withDefault('development'),
  HOST: withDefault('0.0.0.0'),
  CMS_PORT: whole(1337),
  CMS_PUBLIC_URL: url,
  TRUST_PROXY: flag(false),
  TRUST_PROXY_HOPS: whole(1, 1),
  APP_KEYS: v.pipe(secret, v.transform((value) => value.split(','))),
  ADMIN_JWT_SECRET: secret,
  API_TOKEN_SALT: secret,
  TRANSFER_TOKEN_SALT: secret,
  ENCRYPTION_KEY: secret,
  JWT_SECRET: secret,
  ADMIN_LOGIN_RATE_LIMIT: whole(5, 1),
  SITE_URL: url,
  PREVIEW_SECRET: text,
  CORS_ORIGINS: list(['*']),
  RATE_LIMIT_MAX: whole(300, 1),
  RATE_LIMIT_TOKEN_MAX: whole(600, 1),
  REDIS_URL: redisUrl,
  METRICS_TOKEN: text,
  RATE_LIMIT_WINDOW_MS: whole(60_000, 1),
  GRAPHQL_MAX_BYTES: whole(20_000, 1),
  GRAPHQL_MAX_ALIASES: whole(20, 1),
  GRAPHQL_MAX_COST: whole(2000, 1),
  GRAPHQL_MAX_TOKENS: whole(2000, 1),
  GRAPHQL_MAX_DIRECTIVES: whole(50, 1),
  GRAPHQL_PLAYGROUND: maybeFlag,
  GRAPHQL_FIELD_SUGGESTIONS: maybeFlag,
  GRAPHQL_INTROSPECTION: flag(true),
  DOCUMENTATION_ENABLED: maybeFlag,
  CONTENT_API_MAX_AGE: whole(60),
  API_CACHE_SECONDS: whole(300),
  API_CACHE_MAX_MB: whole(64, 1),
  SMTP_HOST: text,
  SMTP_PORT: whole(587, 1),
  SMTP_SECURE: flag(false),
  SMTP_USER: text,
  SMTP_PASS: text,
  EMAIL_FROM: withDefault('Maine STEN <no-reply@localhost>'),
  EMAIL_RETRY_SECONDS: whole(60, 1),
  EMAIL_CLAIM_SECONDS: whole(120, 5),
  USERS_REGISTRATION_ENABLED: flag(false),
  ADMIN_EMAIL: text,
  ADMIN_PASSWORD: text,
  CMS_READ_TOKEN: text,
  CMS_FORMS_TOKEN: text,
  SITE_REVALIDATE_URL: url,
  REVALIDATE_SECRET: text,
  FORMS_RETENTION_DAYS: whole(365, 1),
  AUDIT_RETENTION_DAYS: whole(730, 1),
  HOTLINE_SELF_APPROVAL_HOURS: whole(24, 1),
  WEBHOOKS_ALLOW_PRIVATE: flag(false),
  WEBHOOK_RETRY_SECONDS: whole(5, 1),
  WEBHOOK_MAX_FAILURES: whole(20, 1),
  WEBHOOK_LOG_DAYS: whole(30, 1),
  UPLOAD_S3_BUCKET: text,
  UPLOAD_S3_ENDPOINT: url,
  UPLOAD_S3_REGION: withDefault('us-east-1'),
  UPLOAD_S3_ACCESS_KEY_ID: text,
  UPLOAD_S3_SECRET_ACCESS_KEY: text,
  UPLOAD_S3_FORCE_PATH_STYLE: flag(false),
  DATABASE_CLIENT: v.pipe(withDefault('sqlite'), v.picklist(['sqlite', 'postgres'], 'must be sqlite or postgres')),
  DATABASE_URL: text,
  DATABASE_HOST: withDefault('127.0.0.1'),
  DATABASE_PORT: whole(5432, 1),
  DATABASE_NAME: withDefault('strapi'),
  DATABASE_USERNAME: withDefault('strapi'),
  DATABASE_PASSWORD: withDefault(''),
  DATABASE_SCHEMA: withDefault('public'),
  DATABASE_SSL: flag(false),
  DATABASE_POOL_MIN: whole(2),
  DATABASE_POOL_MAX: whole(10, 1),
  DATABASE_CONNECTION_TIMEOUT: whole(60_000, 1),
  DATABASE_FILENAME: withDefault('.tmp/data.db'),
});

export type CmsSettings = v.InferOutput<typeof SCHEMA>;

/** The settings in `source` (the environment), or an error naming every variable that is wrong. */
export function cmsSettings(source: Record<string, string | undefined> = process.env): CmsSettings {
  const result = v.safeParse(SCHEMA, source);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const name = issue.path?.map((item) => String(item.key)).join('.') ?? '?';
    return `${name}=${JSON.stringify(source[name] ?? '')} ${issue.message}`;
  });
  throw new Error(`Invalid settings: ${problems.join('; ')}`);
}

/** Whether development-only features are on when their own setting does not say. */
export const inDevelopment = (settings: CmsSettings) => settings.NODE_ENV === 'development';
