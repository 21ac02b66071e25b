import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { HSDS_VERSION, organizationId, servicesOf, toOrganization, type DirectoryEntry } from '../../../hsds/map';
import { hsdsOpenApi } from '../../../hsds/openapi';
import { listQuery, localeQuery, matches, QueryError, toPage, type ListQuery } from '../../../hsds/query';
import { publishedDirectory } from '../../../hsds/source';
import { cmsSettings } from '../../../settings';

/** The nested organization of a service: the organization's own fields, without its lists. */
const organizationSummary = (entry: DirectoryEntry) => {
  const { phones: _phones, locations: _locations, ...summary } = toOrganization(entry);
  return summary;
};

const modifiedAfter = (query: ListQuery, entry: DirectoryEntry) =>
  query.modifiedAfter === undefined || new Date(entry.updatedAt).getTime() > query.modifiedAfter;

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
  const list = async (ctx: Context, build: (query: ListQuery, entries: DirectoryEntry[]) => unknown[]) => {
    const query = await parsed(ctx, (known) => listQuery(ctx.query, known));
    if (query) ctx.body = toPage(build(query, await publishedDirectory(strapi, query.locale)), query);
  };

  const services = (entries: DirectoryEntry[]) =>
    servicesOf(entries).map(({ service, entry }) => ({ ...service, organization: organizationSummary(entry) }));

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

    services: (ctx: Context) =>
      list(ctx, (query, entries) =>
        services(entries.filter((entry) => modifiedAfter(query, entry)))
          .filter((service) => query.organizationId === undefined || service.organization_id === query.organizationId)
          .filter((service) => matches(query.search, [service.name, service.description as string, service.organization.name])),
      ),

    async service(ctx: Context) {
      const locale = await parsed(ctx, (known) => localeQuery(ctx.query, known));
      if (!locale) return;
      const found = services(await publishedDirectory(strapi, locale)).find((service) => service.id === ctx.params.id);
      if (!found) return ctx.notFound('No published service has this id');
      ctx.body = found;
    },

    organizations: (ctx: Context) =>
      list(ctx, (query, entries) =>
        entries
          .filter((entry) => modifiedAfter(query, entry))
          .filter((entry) => query.organizationId === undefined || organizationId(entry) === query.organizationId)
          .map((entry) => ({ entry, organization: toOrganization(entry) }))
          .filter(({ entry, organization }) =>
            matches(query.search, [organization.name, entry.alternateName, organization.description, ...(entry.services ?? []).map((s) => s.name)]),
          )
          .map(({ organization }) => organization),
      ),

    async organization(ctx: Context) {
      const locale = await parsed(ctx, (known) => localeQuery(ctx.query, known));
      if (!locale) return;
      const entries = await publishedDirectory(strapi, locale);
      const entry = entries.find((candidate) => organizationId(candidate) === ctx.params.id);
      if (!entry) return ctx.notFound('No published organization has this id');
      ctx.body = { ...toOrganization(entry), services: services([entry]) };
    },
  };
};
