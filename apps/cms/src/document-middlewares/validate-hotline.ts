// Strapi 5 checks `regex` only when publishing, so a malformed hotline number could still be saved
// in a draft or sent by an API client. This checks every write of the site settings (any status,
// any route: admin, API, code) against the hotline component's own patterns and refuses it with a
// message that says how to write the number, attached to the field so the admin shows it there.
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const SITE_SETTINGS = 'api::site-setting.site-setting';
const FIELDS = { phone: 'like 1-888-373-7888', sms: 'as digits only, like 233733', tty: 'as digits only, like 711' } as const;

export const hotlineProblems = (
  strapi: Core.Strapi,
  hotline: Record<string, unknown>,
): { field: keyof typeof FIELDS; message: string }[] => {
  const attributes = strapi.components['shared.hotline'].attributes as Record<string, { regex?: string }>;
  return (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).flatMap((field) => {
    const value = hotline[field];
    const pattern = attributes[field]?.regex;
    if (value === undefined || value === null || !pattern || new RegExp(pattern).test(String(value))) return [];
    return [{ field, message: `The hotline ${field} "${String(value)}" is not valid: write it ${FIELDS[field]}.` }];
  });
};

export const validateHotline =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid === SITE_SETTINGS && (context.action === 'create' || context.action === 'update')) {
      const hotline = (context.params as { data?: { hotline?: Record<string, unknown> } }).data?.hotline;
      const problems = hotline ? hotlineProblems(strapi, hotline) : [];
      if (problems.length > 0) {
        throw new errors.ValidationError(problems.map(({ message }) => message).join(' '), {
          errors: problems.map(({ field, message }) => ({ path: ['hotline', field], message, name: 'ValidationError' })),
        });
      }
    }
    return next();
  };
