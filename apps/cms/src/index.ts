import type { Core } from '@strapi/strapi';
import { grantPublicReadAccess } from './bootstrap/public-permissions';
import { publishedOnlyForPublic } from './document-middlewares/published-only-for-public';
import { seedInitialContent } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publishedOnlyForPublic(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const report = await seedInitialContent(strapi);
    if (!report.skipped) strapi.log.info(`Imported initial content: ${JSON.stringify(report.created)}`);
    const granted = await grantPublicReadAccess(strapi);
    if (granted.length > 0) strapi.log.info(`Granted public read access: ${granted.join(', ')}`);
  },
};
