// Strapi 5 lets any client with `find` permission ask for drafts (`?status=draft` in REST,
// `status: DRAFT` in GraphQL). Unpublished text may be unfinished or wrong (a hotline number being
// edited), so on the public content API only API-token holders (the site's preview, partners) may
// read drafts; everyone else is answered from the published version. The admin is not affected.
import type { Core, Modules } from '@strapi/strapi';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string } };
}

// Strapi 5.54 names the API-token strategy 'content-api-token' (earlier 5.x: 'api-token').
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

export const isPublicContentApiRequest = (state: RequestState | undefined): boolean =>
  state?.route?.info?.type === 'content-api' && !TOKEN_STRATEGIES.has(state.auth?.strategy?.name ?? '');

export const publishedOnlyForPublic =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const state = strapi.requestContext.get()?.state as RequestState | undefined;
    if (READ_ACTIONS.has(context.action) && isPublicContentApiRequest(state)) {
      context.params = { ...context.params, status: 'published' };
    }
    return next();
  };
