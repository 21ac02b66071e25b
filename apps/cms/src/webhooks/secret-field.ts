// A partner webhook's signing secret is made by the CMS only (admin-routes.ts): a value sent for it
// through the document service (the Content Manager, the APIs) is dropped. Its address must be a
// web address; outside the tests (WEBHOOKS_ALLOW_PRIVATE) an https:// one, not a private IP.
import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isIP } from 'node:net';
import { cmsSettings } from '../settings';
import { isPrivateAddress } from './address';
import { SUBSCRIPTION } from './deliveries';

export const partnerWebhookFields = (): Modules.Documents.Middleware.Middleware => async (context, next) => {
  if (context.uid !== SUBSCRIPTION || !['create', 'update'].includes(context.action)) return next();
  const params = context.params as { data?: Record<string, unknown> };
  if (params.data) {
    delete params.data.secret;
    const url = params.data.url;
    if (typeof url === 'string' && !cmsSettings().WEBHOOKS_ALLOW_PRIVATE) {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      const host = parsed?.hostname.replace(/^\[|\]$/g, '') ?? '';
      if (parsed?.protocol !== 'https:') throw new errors.ValidationError('The address must start with https://');
      if (host === 'localhost' || (isIP(host) && isPrivateAddress(host))) {
        throw new errors.ValidationError('The address must be a partner’s public server, not this machine or a private network.');
      }
    }
  }
  return next();
};
