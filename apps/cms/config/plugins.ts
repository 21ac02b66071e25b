import type { Core } from '@strapi/strapi';
import { graphqlArmor } from '../src/graphql/armor';
import { hsdsPaths } from '../src/hsds/openapi';
import { plainLandingPage } from '../src/graphql/landing-page';
import { bucketProvider, uploadBucket } from '../src/uploads/bucket';
import { ALLOWED_UPLOAD_TYPES, DENIED_UPLOAD_TYPES } from '../src/uploads/policy';
import { cmsSettings, inDevelopment } from '../src/settings';

const GRAPHQL_DEFAULT_LIMIT = 25;
const GRAPHQL_MAX_LIMIT = 100;

export default (): Core.Config.Plugin => {
  const settings = cmsSettings();
  const bucket = uploadBucket(settings);
  return {
    // Only pictures, PDFs and office documents; never HTML, SVG or script (src/uploads/policy.ts).
    // Stored in the S3 bucket of UPLOAD_S3_BUCKET when set, else in public/uploads.
    upload: {
      config: {
        ...(bucket ? bucketProvider(bucket) : {}),
        security: { allowedTypes: ALLOWED_UPLOAD_TYPES, deniedTypes: DENIED_UPLOAD_TYPES },
      },
    },
    // Mail (password resets when accounts are on, and the site's notifications) goes out through the
    // SMTP server in SMTP_HOST; without one, Strapi's default sendmail provider is left in place.
    ...(settings.SMTP_HOST
      ? {
          email: {
            config: {
              provider: 'nodemailer',
              providerOptions: {
                host: settings.SMTP_HOST,
                port: settings.SMTP_PORT,
                secure: settings.SMTP_SECURE,
                // Every wait of a send ends within half the claim on its email (the lease of src/jobs/outbox.ts).
                connectionTimeout: (settings.EMAIL_CLAIM_SECONDS * 1000) / 4,
                greetingTimeout: (settings.EMAIL_CLAIM_SECONDS * 1000) / 4,
                socketTimeout: (settings.EMAIL_CLAIM_SECONDS * 1000) / 2,
                ...(settings.SMTP_USER ? { auth: { user: settings.SMTP_USER, pass: settings.SMTP_PASS } } : {}),
              },
              settings: { defaultFrom: settings.EMAIL_FROM },
            },
          },
        }
      : {}),
    'users-permissions': {
      config: {
        jwtSecret: settings.JWT_SECRET,
      },
    },
    // OpenAPI for the REST API: generated and served (/documentation) in development only; the
    // generated file is committed (src/extensions/documentation) and checked fresh by the tests.
    documentation: {
      enabled: settings.DOCUMENTATION_ENABLED ?? inDevelopment(settings),
      config: {
        openapi: '3.0.0',
        info: {
          version: '1.0.0',
          title: 'Maine STEN content API',
          description: 'Read-only REST API for Maine STEN content. See docs/api.md for limits, tokens and CORS.',
        },
        servers: [{ url: '/api', description: 'This CMS' }],
        'x-strapi-config': {
          // Only this project's content types: the users-permissions and upload routes are not public.
          plugins: [],
          mutateDocumentation: (draft: { info: Record<string, unknown>; paths: Record<string, Record<string, unknown>> }) => {
            // Keep the file identical from one generation to the next, without the plugin's placeholders.
            for (const key of ['x-generation-date', 'termsOfService', 'contact', 'license']) delete draft.info[key];
            // The public API is read-only: writes are refused without an admin-issued token.
            for (const [route, operations] of Object.entries(draft.paths)) {
              for (const method of ['post', 'put', 'delete']) delete operations[method];
              if (Object.keys(operations).length === 0) delete draft.paths[route];
            }
            // The directory in HSDS (src/hsds): custom routes the plugin cannot describe by itself.
            Object.assign(draft.paths, hsdsPaths);
            // Form submissions are no part of the public API (src/bootstrap/submissions.ts).
            const schemas = (draft as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {};
            for (const name of Object.keys(schemas)) {
              if (/^(ContactMessage|TrainingRequest|NewsletterSubscription|PartnerWebhook|WebhookDelivery|AuditEntry|HotlineChange)/.test(name)) delete schemas[name];
            }
          },
        },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // Strapi's GraphQL limits are unbounded by default; these keep one query cheap.
        defaultLimit: GRAPHQL_DEFAULT_LIMIT,
        maxLimit: GRAPHQL_MAX_LIMIT,
        depthLimit: 10,
        // The sandbox page is for development; production serves the API only (GRAPHQL_PLAYGROUND).
        // Otherwise a plain page that loads nothing from other sites (src/graphql/landing-page.ts).
        landingPage: (settings.GRAPHQL_PLAYGROUND ?? settings.NODE_ENV !== 'production') ? true : plainLandingPage,
        apolloServer: {
          // Size, depth, cost and alias limits on every operation (see src/graphql/armor.ts).
          ...graphqlArmor({
            maxAliases: settings.GRAPHQL_MAX_ALIASES,
            maxDepth: 15,
            maxCost: settings.GRAPHQL_MAX_COST,
            defaultLimit: GRAPHQL_DEFAULT_LIMIT,
            maxLimit: GRAPHQL_MAX_LIMIT,
            maxTokens: settings.GRAPHQL_MAX_TOKENS,
            maxDirectives: settings.GRAPHQL_MAX_DIRECTIVES,
            blockFieldSuggestions: !(settings.GRAPHQL_FIELD_SUGGESTIONS ?? settings.NODE_ENV !== 'production'),
          }),
          // One operation per request: a batch of them would multiply every limit above.
          allowBatchedHttpRequests: false,
          // Third parties generate typed clients from the schema, so introspection stays on in
          // production too (GRAPHQL_INTROSPECTION=false turns it off); the SDL is public anyway.
          introspection: settings.GRAPHQL_INTROSPECTION,
          // Stack traces name server paths: never send them to anonymous clients.
          includeStacktraceInErrorResponses: false,
        },
      },
    },
  };
};
