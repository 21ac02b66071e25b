// A partner webhook's signing secret is made by the CMS only (admin-routes.ts) and shown that once:
// a value sent for it through the document service (the Content Manager, the APIs) is dropped, and
// nothing the document service answers carries it (`private` hides it from the content API only;
// the Content Manager's own API sent it to every Editor). The CMS's own code reads it through the
// query engine (deliveries.ts). Its address must be a web address; outside the tests
// (WEBHOOKS_ALLOW_PRIVATE) an https:// one, not a private IP.
import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { cmsSettings } from '../settings';
import { webhookUrlProblem } from './address';
import { SUBSCRIPTION } from './deliveries';

/** The answer without any `secret`: a document, a list of them, or a publish's `entries`. */
function withoutSecret<T>(answer: T): T {
  if (Array.isArray(answer)) return answer.map(withoutSecret) as T;
  if (answer === null || typeof answer !== 'object') return answer;
  const { secret: _secret, ...rest } = answer as Record<string, unknown>;
  if (Array.isArray(rest.entries)) rest.entries = rest.entries.map(withoutSecret);
  return rest as T;
}

export const partnerWebhookFields = (): Modules.Documents.Middleware.Middleware => async (context, next) => {
  if (context.uid !== SUBSCRIPTION) return next();
  if (!['create', 'update'].includes(context.action)) return withoutSecret(await next());
  const params = context.params as { data?: Record<string, unknown> };
  if (params.data) {
    delete params.data.secret;
    const url = params.data.url;
    if (typeof url === 'string' && !cmsSettings().WEBHOOKS_ALLOW_PRIVATE) {
      const problem = webhookUrlProblem(url);
      if (problem) throw new errors.ValidationError(problem);
    }
  }
  return withoutSecret(await next());
};
