import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          'frame-ancestors': ["'self'"],
          // "Open preview" shows the website's draft view inside the admin.
          'frame-src': ["'self'", new URL(env('SITE_URL', 'http://localhost:3000')).origin],
          upgradeInsecureRequests: null,
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      // Partners' sites load JSON through CORS; the admin stays same-origin only.
      crossOriginResourcePolicy: { policy: 'same-site' },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      // Any origin may read the content API (or the CORS_ORIGINS list), without credentials.
      // The admin and its APIs answer no cross-origin request at all.
      origin: (ctx: { path: string }) =>
        ctx.path.startsWith('/api/') || ctx.path === '/graphql' ? env.array('CORS_ORIGINS', ['*']) : [],
      credentials: false,
      methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'Accept', 'If-None-Match'],
      expose: ['ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
      maxAge: 86400,
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'global::content-api-rate-limit',
    config: {
      max: env.int('RATE_LIMIT_MAX', 300),
      windowMs: env.int('RATE_LIMIT_WINDOW_MS', 60_000),
    },
  },
  'strapi::body',
  { name: 'global::graphql-transport', config: { maxBytes: env.int('GRAPHQL_MAX_BYTES', 20_000) } },
  { name: 'global::content-api-cache', config: { maxAgeSeconds: env.int('CONTENT_API_MAX_AGE', 60) } },
  'strapi::session',
  'strapi::favicon',
  'global::upload-headers',
  'strapi::public',
];
