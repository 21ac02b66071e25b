import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { HSDS_VERSION } from '../../../hsds/map';
import { organizationById, serviceById } from '../../../hsds/items';
import { organizationsPage, servicesPage } from '../../../hsds/lists';
import { hsdsOpenApi } from '../../../hsds/openapi';
import { listQuery, localeQuery, QueryError, type ListQuery } from '../../../hsds/query';
import { cmsSettings } from '../../../settings';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** English first: a request without a locale gets it. */
  const locales = async () => {
    const all = (await strapi.plugin('i18n').service('locales').find()) as { code: string; isDefault?: boolean }[];
    return all.sort((a, b) => Number(!!b.isDefault) - Number(!!a.isDefault)).map(({ code }) => code);
  };
  /** Reads the parameters, turning a bad one into a 400 that names it (undefined: answered). */
  const parsed = async <T>(ctx: Context, read: (known: string[]) => T): Promise<T | undefined> => {
    try {
      return read(await locales());
    } catch (problem) {
      if (problem instanceof QueryError) return void ctx.badRequest(problem.message);
      throw problem;
    }
  };
  /** A list's page: the database is asked for that page only (hsds/lists.ts). */
  const list = async (ctx: Context, page: (strapi: Core.Strapi, query: ListQuery) => Promise<unknown>) => {
    const query = await parsed(ctx, (known) => listQuery(ctx.query, known));
    if (query) ctx.body = await page(strapi, query);
  };

  return {
    root(ctx: Context) {
      const origin = cmsSettings().CMS_PUBLIC_URL ?? ctx.origin;
      ctx.body = {
        version: HSDS_VERSION,
        profile: 'https://docs.openreferral.org/en/3.0.1/',
        openapi_url: `${origin}/api/hsds/openapi.json`,
      };
    },

    openapi(ctx: Context) {
      ctx.body = hsdsOpenApi(cmsSettings().CMS_PUBLIC_URL ?? ctx.origin);
    },

    services: (ctx: Context) => list(ctx, servicesPage),

    async service(ctx: Context) {
      const locale = await parsed(ctx, (known) => localeQuery(ctx.query, known));
      if (!locale) return;
      const found = await serviceById(strapi, locale, String(ctx.params.id));
      if (!found) return ctx.notFound('No published service has this id');
      ctx.body = found;
    },

    organizations: (ctx: Context) => list(ctx, organizationsPage),

    async organization(ctx: Context) {
      const locale = await parsed(ctx, (known) => localeQuery(ctx.query, known));
      if (!locale) return;
      const found = await organizationById(strapi, locale, String(ctx.params.id));
      if (!found) return ctx.notFound('No published organization has this id');
      ctx.body = found;
    },
  };
};
