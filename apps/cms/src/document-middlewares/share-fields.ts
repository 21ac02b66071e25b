// Fields marked "not localized" (a page's slug and former addresses, its order, an FAQ's slug…) are
// one for every language: the site finds a page's translation by its slug. Strapi copies such
// fields to the other languages only in part: never a uid field (a slug), only the status the
// write returned (a save published at once copies to the published versions, not the drafts), and
// an admin Publish compares with an arbitrary version and may copy nothing. A page renamed in
// Spanish would keep its old address in English. So after every save or publish, the version just
// written, draft and published, gives its shared fields to the other languages' versions of the same
// status; a slug copied moves their updatedAt, so the site's check for changes sees every language.
import type { Core, Modules } from '@strapi/strapi';

interface Row {
  id: number;
  locale: string;
  publishedAt: string | null;
  [field: string]: unknown;
}

interface I18nServices {
  'content-types': { isLocalizedContentType(schema: unknown): boolean; getNestedPopulateOfNonLocalizedAttributes(uid: string): unknown };
  localizations: { syncNonLocalizedAttributes(entry: unknown, schema: unknown): Promise<void> };
}

interface Attribute {
  type?: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** The uid fields (slugs) set as one for every language: Strapi's copy leaves them out. */
const sharedUidFields = (attributes: Record<string, Attribute>): string[] =>
  Object.entries(attributes).flatMap(([name, attribute]) => (attribute.type === 'uid' && attribute.pluginOptions?.i18n?.localized === false ? [name] : []));

/** The language a write was for (one; the default language when none was given). */
const writtenLocale = (result: unknown, params: { locale?: unknown }): string | undefined => {
  const entries = (result as { entries?: { locale?: string }[] } | null)?.entries;
  const fromResult = entries?.[0]?.locale ?? (result as { locale?: string } | null)?.locale;
  return fromResult ?? (typeof params.locale === 'string' && params.locale !== '*' ? params.locale : undefined);
};

export const shareFields =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const result = await next();
    if (!context.uid.startsWith('api::') || (context.action !== 'publish' && context.action !== 'update')) return result;
    const i18n = <K extends keyof I18nServices>(name: K) => strapi.plugin('i18n').service(name) as unknown as I18nServices[K];
    if (!i18n('content-types').isLocalizedContentType(context.contentType)) return result;
    const params = context.params as { documentId?: string; locale?: unknown };
    const locale = writtenLocale(result, params);
    if (!params.documentId || !locale) return result;

    const uid = context.uid as never;
    const populate = i18n('content-types').getNestedPopulateOfNonLocalizedAttributes(context.uid) as never;
    const written = (await strapi.db.query(uid).findMany({ where: { documentId: params.documentId, locale }, populate })) as Row[];
    const slugs = sharedUidFields(context.contentType.attributes as Record<string, Attribute>);
    for (const row of written) {
      await i18n('localizations').syncNonLocalizedAttributes(row, context.contentType);
      for (const field of slugs) {
        await strapi.db.query(uid).updateMany({
          where: { documentId: params.documentId, locale: { $ne: locale }, publishedAt: row.publishedAt ? { $ne: null } : null, [field]: { $ne: row[field] } },
          data: { [field]: row[field], updatedAt: new Date() },
        });
      }
    }
    return result;
  };
