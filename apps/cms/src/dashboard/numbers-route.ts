// The numbers of the entry being edited, for the panel beside its edit view: each phone-like string
// of its draft that is not the hotline nor an agency's own, a near miss of the hotline first (its
// publish is refused), so an editor checks each one before publishing.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { checkData, isChecked, textPopulate } from '../document-middlewares/check-phone-numbers';
import type { Attributes } from '../phone-check';

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

export function registerNumbersRoute(strapi: Core.Strapi): void {
  const routes = strapi.admin.routes as Record<string, unknown>;
  routes['phone-numbers'] = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/phone-numbers',
        handler: async (ctx: Context) => {
          const uid = String(ctx.query.uid ?? '');
          const documentId = String(ctx.query.documentId ?? '');
          const locale = typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : undefined;
          if (!isChecked(uid)) {
            ctx.status = 400;
            ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: 'uid must be a public content type whose text is checked' } };
            return;
          }
          const attributes = strapi.contentTypes[uid as keyof typeof strapi.contentTypes].attributes as Attributes;
          const draft = await strapi.documents(uid as DocumentsUid).findOne({ documentId, locale, status: 'draft', populate: textPopulate(strapi, attributes) as never });
          const findings = draft ? await checkData(strapi, uid, draft, documentId) : [];
          ctx.set('cache-control', 'no-store');
          ctx.body = { data: [...findings].sort((a, b) => Number(b.kind === 'near-miss') - Number(a.kind === 'near-miss')) };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  };
}
