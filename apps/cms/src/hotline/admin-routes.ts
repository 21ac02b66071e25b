// The admin's side of the two-person rule (two-person.ts): the pending change for the banner, and
// one-click approve and reject, for signed-in Editors and administrators only.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { currentActor } from '../audit/actor';
import { DECIDERS } from './deciders';
import { decide, pendingChange } from './two-person';

const NOT_A_DECIDER = 'Only an Editor or an administrator can decide on a hotline change.';

export const HOTLINE_CHANGES_PATH = '/hotline-changes';

export function registerHotlineRoutes(strapi: Core.Strapi): void {
  const routes = strapi.admin.routes as Record<string, unknown>;
  // The reason goes back to the banner as it is ("needs a second person"), which Strapi's own
  // error handling would reduce to "Forbidden".
  const decision = (kind: 'approve' | 'reject') => async (ctx: Context) => {
    try {
      const actor = currentActor(strapi);
      // The role before the change: one who may not decide must not learn which changes exist.
      if (!actor.roles.some((role) => DECIDERS.includes(role))) throw new errors.ForbiddenError(NOT_A_DECIDER);
      ctx.body = { data: await decide(strapi, String(ctx.params.documentId), kind, actor) };
    } catch (error) {
      const status = error instanceof errors.ForbiddenError ? 403 : error instanceof errors.NotFoundError ? 404 : error instanceof errors.ApplicationError ? 409 : 0;
      if (!status) throw error;
      ctx.status = status;
      ctx.body = { data: null, error: { status, name: (error as Error).name, message: (error as Error).message } };
    }
  };
  routes['hotline-changes'] = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: `${HOTLINE_CHANGES_PATH}/pending`,
        handler: async (ctx: Context) => {
          ctx.set('cache-control', 'no-store');
          const actor = currentActor(strapi);
          const change = await pendingChange(strapi);
          ctx.body = { data: change, you: { id: actor.id } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      { method: 'POST', path: `${HOTLINE_CHANGES_PATH}/:documentId/approve`, handler: decision('approve'), config: { policies: ['admin::isAuthenticatedAdmin'] } },
      { method: 'POST', path: `${HOTLINE_CHANGES_PATH}/:documentId/reject`, handler: decision('reject'), config: { policies: ['admin::isAuthenticatedAdmin'] } },
    ],
  };
}
