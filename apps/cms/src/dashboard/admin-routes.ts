// The admin's own views read these: the home's "What waits" widget (waiting.ts: what each staff
// member's role may open) and the numbers to check beside an entry's edit view (numbers.ts).
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { currentActor } from '../audit/actor';
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
            ctx.status = 400;
            ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: 'uid must be a public content type whose text is checked' } };
          }
        },
        config: POLICIES,
      },
    ],
  };
}
