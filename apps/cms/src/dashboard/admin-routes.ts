// The admin's own views read these: the home's "What waits" widget (waiting.ts: what each staff
// member's role may open) and the numbers to check beside an entry's edit view (numbers.ts), each
// unknown one confirmed there by an Editor before it can be published.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { currentActor } from '../audit/actor';
import { audit } from '../audit/log';
import { DECIDERS } from '../hotline/deciders';
import { confirmNumber } from '../phone-check/confirmations';
import { answerError } from '../utils/admin-error';
import { entryNumbers } from './numbers';
import { workWaiting } from './waiting';

const POLICIES = { policies: ['admin::isAuthenticatedAdmin'] };
const query = (ctx: Context, name: string) => (typeof ctx.query[name] === 'string' && ctx.query[name] !== '' ? (ctx.query[name] as string) : undefined);

export function registerDashboardRoutes(strapi: Core.Strapi): void {
  const routes = strapi.admin.routes as Record<string, unknown>;
  routes.dashboard = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/work-waiting',
        handler: async (ctx: Context) => {
          ctx.set('cache-control', 'no-store');
          ctx.body = { data: await workWaiting(strapi, currentActor(strapi).roles) };
        },
        config: POLICIES,
      },
      {
        method: 'GET',
        path: '/phone-numbers',
        handler: async (ctx: Context) => {
          const findings = await entryNumbers(strapi, query(ctx, 'uid') ?? '', query(ctx, 'documentId') ?? '', query(ctx, 'locale'));
          ctx.set('cache-control', 'no-store');
          if (findings) ctx.body = { data: findings };
          else {
            answerError(ctx, 400, 'uid must be a public content type whose text is checked');
          }
        },
        config: POLICIES,
      },
      {
        method: 'POST',
        path: '/phone-numbers/confirm',
        handler: async (ctx: Context) => {
          const actor = currentActor(strapi);
          const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
          const [uid, documentId, number, locale] = [body.uid, body.documentId, body.number, body.locale].map((value) => (typeof value === 'string' ? value : ''));
          if (!actor.roles.some((role) => DECIDERS.includes(role))) return answerError(ctx, 403, 'Only an Editor or an administrator, who may publish, can confirm a number.');
          const findings = (await entryNumbers(strapi, uid!, documentId!, locale || undefined)) ?? [];
          if (!findings.some((finding) => finding.kind === 'unknown' && finding.number === number)) {
            return answerError(ctx, 400, 'Only a number of the entry that is neither the hotline nor an agency\'s can be confirmed (a near miss of the hotline never can).');
          }
          const confirmation = await confirmNumber(strapi, uid!, documentId!, number!, actor.label);
          await audit(strapi, { action: 'phone-number.confirm', subject: uid, entry: documentId, actor, details: { number } });
          ctx.body = { data: { number, confirmed: confirmation } };
        },
        config: POLICIES,
      },
    ],
  };
}
