import type { Core } from '@strapi/strapi';
import { required } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: required(env, 'ADMIN_JWT_SECRET'),
  },
  // Sign-in attempts per address and email in 5 minutes (Strapi's default is 5).
  rateLimit: { max: env.int('ADMIN_LOGIN_RATE_LIMIT', 5) },
  apiToken: {
    salt: required(env, 'API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: required(env, 'TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: required(env, 'ENCRYPTION_KEY'),
  },
  // "Open preview" in the edit view shows the draft on the real site (SITE_URL), which checks
  // PREVIEW_SECRET and renders drafts with its server-side token.
  preview: {
    enabled: Boolean(env('SITE_URL') && env('PREVIEW_SECRET')),
    config: {
      allowedOrigins: [env('SITE_URL', 'http://localhost:3000')],
      async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
        const document = (await strapi
          .documents(uid as 'api::page.page')
          .findOne({ documentId, locale, status: status === 'published' ? 'published' : 'draft' })) as {
          slug?: string;
        } | null;
        // The language being edited: the site opens the page in that language.
        const query = new URLSearchParams({ secret: env('PREVIEW_SECRET', ''), uid, slug: document?.slug ?? '', locale: locale ?? '' });
        return `${env('SITE_URL')}/api/preview?${query}`;
      },
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
