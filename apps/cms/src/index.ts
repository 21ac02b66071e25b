import type { Core } from '@strapi/strapi';
import { setPublicAccess } from './bootstrap/public-permissions';
import { applyRegistrationSetting } from './bootstrap/registration';
import { notifySiteOfChanges } from './bootstrap/site-revalidation';
import { ensureSiteToken } from './bootstrap/site-token';
import { publishedOnlyForPublic } from './document-middlewares/published-only-for-public';
import { seedInitialContent } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publishedOnlyForPublic(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const report = await seedInitialContent(strapi);
    if (!report.skipped) strapi.log.info(`Imported initial content: ${JSON.stringify(report.created)}`);
    const accounts = process.env.USERS_REGISTRATION_ENABLED === 'true';
    const access = await setPublicAccess(strapi, { accounts });
    if (access.granted.length > 0) strapi.log.info(`Public role: granted ${access.granted.join(', ')}`);
    if (access.revoked.length > 0) strapi.log.info(`Public role: revoked ${access.revoked.join(', ')}`);
    await applyRegistrationSetting(strapi, accounts);
    await ensureSiteToken(strapi, process.env.CMS_READ_TOKEN);
    notifySiteOfChanges(strapi, { url: process.env.SITE_REVALIDATE_URL, secret: process.env.REVALIDATE_SECRET });
  },
};
