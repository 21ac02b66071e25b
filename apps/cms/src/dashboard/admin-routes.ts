// The admin home's "What waits" widget reads this: each signed-in staff member gets what their
// role may open (dashboard/waiting.ts).
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { currentActor } from '../audit/actor';
import { workWaiting } from './waiting';

export function registerDashboardRoutes(strapi: Core.Strapi): void {
  const routes = strapi.admin.routes as Record<string, unknown>;
  routes['work-waiting'] = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/work-waiting',
        handler: async (ctx: Context) => {
          ctx.set('cache-control', 'no-store');
          ctx.body = { data: await workWaiting(strapi, currentActor(strapi).roles) };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  };
}
