// The admin's side of partner webhooks: a new signing secret for a subscription, made here and
// shown once (src/admin/webhook-secret.tsx); the CMS keeps it to sign, and never shows it again.
// For Editors and administrators; a write of `secret` through the Content Manager or the APIs is
// dropped (webhooks/secret-field.ts), so nobody can set a weak one by hand.
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { currentActor } from '../audit/actor';
import { audit } from '../audit/log';
import { DECIDERS } from '../hotline/deciders';
import { SUBSCRIPTION } from './deliveries';

export const WEBHOOK_SECRET_PATH = '/partner-webhooks/:documentId/secret';

export function registerWebhookRoutes(strapi: Core.Strapi): void {
  const routes = strapi.admin.routes as Record<string, unknown>;
  routes['partner-webhooks'] = {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: WEBHOOK_SECRET_PATH,
        handler: async (ctx: Context) => {
          ctx.set('cache-control', 'no-store');
          const actor = currentActor(strapi);
          if (!actor.roles.some((role) => DECIDERS.includes(role))) {
            ctx.status = 403;
            ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Only Editors and administrators manage partner webhooks.' } };
            return;
          }
          const documentId = String(ctx.params.documentId);
          // Standard Webhooks' form: whsec_ and 24 random bytes in base64.
          const secret = `whsec_${randomBytes(24).toString('base64')}`;
          const { count } = await strapi.db.query(SUBSCRIPTION).updateMany({ where: { documentId }, data: { secret } });
          if (count === 0) {
            ctx.status = 404;
            ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'No such partner webhook (save it first).' } };
            return;
          }
          await audit(strapi, { action: 'webhook.secret', subject: SUBSCRIPTION, entry: documentId, actor });
          ctx.body = { data: { secret } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  };
}
