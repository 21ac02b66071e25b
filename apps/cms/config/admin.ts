import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../src/settings';

export default (): Core.Config.Admin => {
  const settings = cmsSettings();
  return {
    auth: {
      secret: settings.ADMIN_JWT_SECRET,
    },
    // Sign-in attempts per address and email in 5 minutes (Strapi's default is 5).
    rateLimit: { max: settings.ADMIN_LOGIN_RATE_LIMIT },
    apiToken: {
      salt: settings.API_TOKEN_SALT,
    },
    transfer: {
      token: {
        salt: settings.TRANSFER_TOKEN_SALT,
      },
    },
    secrets: {
      encryptionKey: settings.ENCRYPTION_KEY,
    },
    // "Open preview" in the edit view shows the draft on the real site (SITE_URL), which checks
    // PREVIEW_SECRET and renders drafts with its server-side token.
    preview: {
      enabled: Boolean(settings.SITE_URL && settings.PREVIEW_SECRET),
      config: {
        allowedOrigins: [settings.SITE_URL ?? 'http://localhost:3000'],
        async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
          const document = (await strapi
            .documents(uid as 'api::page.page')
            .findOne({ documentId, locale, status: status === 'published' ? 'published' : 'draft' })) as {
            slug?: string;
          } | null;
          // The language being edited: the site opens the page in that language.
          const query = new URLSearchParams({ secret: settings.PREVIEW_SECRET ?? '', uid, slug: document?.slug ?? '', locale: locale ?? '' });
          return `${settings.SITE_URL}/api/preview?${query}`;
        },
      },
    },
    flags: {
      nps: false,
      promoteEE: false,
    },
  };
};
