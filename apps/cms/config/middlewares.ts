import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../src/settings';

export default (): Core.Config.Middlewares => {
  const settings = cmsSettings();
  return [
    'global::health',
    'global::metrics',
    'global::request-log',
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
            'frame-src': ["'self'", new URL(settings.SITE_URL ?? 'http://localhost:3000').origin],
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
          ctx.path.startsWith('/api/') || ctx.path === '/graphql' ? settings.CORS_ORIGINS : [],
        credentials: false,
        methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
        headers: ['Content-Type', 'Authorization', 'Accept', 'If-None-Match'],
        expose: ['ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
        maxAge: 86400,
      },
    },
    'strapi::poweredBy',
    'strapi::query',
    // Sign-in and password reset: one answer time whatever the address, and a limit per client.
    { name: 'global::admin-auth', config: { answerMs: 1000, max: 30, windowMs: 15 * 60 * 1000 } },
    {
      name: 'global::content-api-rate-limit',
      config: {
        max: settings.RATE_LIMIT_MAX,
        tokenMax: settings.RATE_LIMIT_TOKEN_MAX,
        windowMs: settings.RATE_LIMIT_WINDOW_MS,
      },
    },
    'strapi::body',
    { name: 'global::graphql-transport', config: { maxBytes: settings.GRAPHQL_MAX_BYTES } },
    { name: 'global::content-api-cache', config: { maxAgeSeconds: settings.CONTENT_API_MAX_AGE } },
    { name: 'global::content-api-response-cache', config: { ttlSeconds: settings.API_CACHE_SECONDS, maxBytes: settings.API_CACHE_MAX_MB * 1024 * 1024 } },
    'strapi::session',
    // The organisation's icon, one file: /favicon.ico (this middleware) and /favicon.png (public/).
    { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
    'global::upload-headers',
    'global::uploads-from-bucket',
    'strapi::public',
  ];
};
