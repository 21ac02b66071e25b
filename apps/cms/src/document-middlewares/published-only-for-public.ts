// Strapi 5 lets any client with `find` permission ask for drafts (`?status=draft` in REST,
// `status: DRAFT` in GraphQL). Unpublished text may be unfinished or wrong (a hotline number being
// edited), so on the public content API only the website's own token (its draft preview) and
// full-access tokens (which may write drafts anyway) read drafts; anonymous clients and partners'
// read-only tokens are answered from the published version. The admin is not affected.
import type { Core, Modules } from '@strapi/strapi';
import { SITE_TOKEN_NAME } from '../bootstrap/site-token';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string }; credentials?: { name?: string; type?: string } | null };
}

// Strapi 5.54 names the API-token strategy 'content-api-token' (earlier 5.x: 'api-token').
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** A content-API request that may not read drafts: anonymous, or with a partner's read-only token. */
export const isPublicContentApiRequest = (state: RequestState | undefined): boolean => {
  if (state?.route?.info?.type !== 'content-api') return false;
  if (!TOKEN_STRATEGIES.has(state.auth?.strategy?.name ?? '')) return true;
  const token = state.auth?.credentials;
  return !(token?.type === 'full-access' || token?.name === SITE_TOKEN_NAME);
};

export const publishedOnlyForPublic =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const state = strapi.requestContext.get()?.state as RequestState | undefined;
    if (READ_ACTIONS.has(context.action) && isPublicContentApiRequest(state)) {
      context.params = { ...context.params, status: 'published' };
    }
    return next();
  };
