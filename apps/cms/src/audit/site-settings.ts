// Every change to Site settings in the audit log, with the old and new value of each field that
// changed (the hotline's numbers one by one). Private fields are named, their values are not.
import type { Core, Modules } from '@strapi/strapi';
import { audit } from './log';

const SITE_SETTINGS = 'api::site-setting.site-setting';
const HIDDEN = new Set(['notificationEmail']);
const SKIPPED = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

type Fields = Record<string, unknown>;

/** Field → { from, to } for what differs; nested components (the hotline) field by field. */
export function changedFields(before: Fields, after: Fields, prefix = ''): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (SKIPPED.has(key)) continue;
    const [was, now] = [before[key] ?? null, after[key] ?? null];
    const name = `${prefix}${key}`;
    if (typeof was === 'object' && was !== null && typeof now === 'object' && now !== null && !Array.isArray(was)) {
      Object.assign(changes, changedFields(was as Fields, now as Fields, `${name}.`));
    } else if (JSON.stringify(was) !== JSON.stringify(now)) {
      changes[name] = HIDDEN.has(key) ? { from: '(hidden)', to: '(hidden)' } : { from: was, to: now };
    }
  }
  return changes;
}

export const auditSiteSettings =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== SITE_SETTINGS || context.action !== 'update') return next();
    const params = context.params as { locale?: string; status?: string };
    const locale = params.locale && params.locale !== '*' ? params.locale : 'en';
    const before = ((await strapi.db.query(SITE_SETTINGS).findOne({ where: { locale, publishedAt: { $null: true } }, populate: ['hotline'] })) ?? {}) as Fields;
    const result = await next();
    const after = ((await strapi.db.query(SITE_SETTINGS).findOne({ where: { locale, publishedAt: { $null: true } }, populate: ['hotline'] })) ?? {}) as Fields;
    const changes = changedFields(before, after);
    if (Object.keys(changes).length > 0) {
      await audit(strapi, { action: 'site-settings.update', subject: SITE_SETTINGS, entry: (after.documentId as string) ?? null, language: locale, details: { changes } });
    }
    return result;
  };
