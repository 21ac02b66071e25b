import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { siteLanguages } from '../../../translations/site-languages';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    // Read a few times a minute by each site process; an import or a publish shows at the next read.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await siteLanguages(strapi) };
  },
});
