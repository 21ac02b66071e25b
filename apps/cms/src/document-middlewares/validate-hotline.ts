// Strapi 5 checks `regex` only when publishing, so a malformed hotline number could still be saved
// in a draft. This checks every write of the site settings (any status, any route: admin, API,
// code) against the hotline component's own patterns and refuses it with a clear message.
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const SITE_SETTINGS = 'api::site-setting.site-setting';
const FIELDS = { phone: 'like 1-888-373-7888', sms: 'as digits only, like 233733', tty: 'as digits only, like 711' } as const;

export const hotlineProblems = (strapi: Core.Strapi, hotline: Record<string, unknown>): string[] => {
  const attributes = strapi.components['shared.hotline'].attributes as Record<string, { regex?: string }>;
  return Object.entries(FIELDS).flatMap(([field, example]) => {
    const value = hotline[field];
    const pattern = attributes[field]?.regex;
    if (value === undefined || value === null || !pattern || new RegExp(pattern).test(String(value))) return [];
    return [`The hotline ${field} "${String(value)}" is not valid: write it ${example}.`];
  });
};

export const validateHotline =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid === SITE_SETTINGS && (context.action === 'create' || context.action === 'update')) {
      const hotline = (context.params as { data?: { hotline?: Record<string, unknown> } }).data?.hotline;
      const problems = hotline ? hotlineProblems(strapi, hotline) : [];
      if (problems.length > 0) throw new errors.ValidationError(problems.join(' '));
    }
    return next();
  };
