// The History beside an entry's edit view (src/admin/history-panel.tsx): its versions in a
// language, two of them side by side, and a restore into the draft. Whoever may read the type sees
// its history; only an Editor or an administrator restores (an Author's draft edits stay theirs).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { currentActor } from '../audit/actor';
import { contentTypeOf } from '../content-types';
import { answerError } from '../utils/admin-error';
import { DECIDERS } from '../hotline/deciders';
import { namesFor } from './names';
import { compareFields, readableFields } from './readable';
import { findVersion, restoreVersion } from './restore';
import { attributesOf, componentAttributesOf } from '../utils/populate';
import { versionsOf, type Version } from './versions';

const POLICIES = { policies: ['admin::isAuthenticatedAdmin'] };
const READ = 'plugin::content-manager.explorer.read';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

const mayRead = (ctx: Context, uid: string) =>
  contentTypeOf(uid)?.access === 'public' && (ctx.state.userAbility as { can: (action: string, subject: string) => boolean }).can(READ, uid);

/** What the list shows of a version: when, who, what changed. */
const summary = (version: Pick<Version, 'documentId' | 'createdAt' | 'actor' | 'changed'>) => ({
  documentId: version.documentId,
  publishedAt: version.createdAt,
  publishedBy: version.actor,
  changed: version.changed ?? [],
});

const mayRestore = (strapi: Core.Strapi) => currentActor(strapi).roles.some((role) => DECIDERS.includes(role));

const singleDocument = async (strapi: Core.Strapi, uid: string) =>
  ((await strapi.db.query(uid).findOne({ select: ['documentId'] })) as { documentId?: string } | null)?.documentId;


export function registerHistoryRoutes(strapi: Core.Strapi): void {
  const routes = strapi.admin.routes as Record<string, unknown>;
  routes.history = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/history',
        handler: async (ctx: Context) => {
          ctx.set('cache-control', 'no-store');
          const uid = text(ctx.query.uid);
          const type = contentTypeOf(uid);
          // A single type's edit view has no documentId in its address: its one document.
          const documentId = text(ctx.query.documentId) ?? (type?.kind === 'single' ? await singleDocument(strapi, type.uid) : undefined);
          if (!uid || !type || !documentId) return answerError(ctx, 400, 'uid and documentId name the entry whose history to show.');
          if (!mayRead(ctx, uid)) return answerError(ctx, 403, 'Your role may not read this type.');
          const locale = type.localized ? (text(ctx.query.locale) ?? 'en') : null;
          const versions = await versionsOf(strapi, uid, documentId, locale);
          ctx.body = { data: versions.map(summary), meta: { mayRestore: mayRestore(strapi) } };
        },
        config: POLICIES,
      },
      {
        method: 'GET',
        path: '/history/compare',
        handler: async (ctx: Context) => {
          ctx.set('cache-control', 'no-store');
          const [from, to] = await Promise.all([text(ctx.query.from), text(ctx.query.to)].map((id) => (id ? findVersion(strapi, id) : null)));
          if (!from || !to) return answerError(ctx, 404, 'from and to must each name a version.');
          if (from.subject !== to.subject || from.entry !== to.entry) return answerError(ctx, 400, 'Both versions must be of the same entry.');
          if (!mayRead(ctx, from.subject)) return answerError(ctx, 403, 'Your role may not read this type.');
          const attributes = attributesOf(strapi, from.subject);
          const nameOf = await namesFor(strapi, from.subject, [from.data, to.data]);
          const rows = (version: Version) => readableFields(attributes, version.data, componentAttributesOf(strapi), nameOf);
          ctx.body = { data: { from: summary(from), to: summary(to), fields: compareFields(rows(from), rows(to)) } };
        },
        config: POLICIES,
      },
      {
        method: 'POST',
        path: '/history/restore',
        handler: async (ctx: Context) => {
          if (!mayRestore(strapi)) return answerError(ctx, 403, 'Only an Editor or an administrator can restore a version.');
          const documentId = text((ctx.request as { body?: { version?: unknown } }).body?.version);
          if (!documentId) return answerError(ctx, 400, 'version names the version to restore.');
          try {
            const version = await restoreVersion(strapi, documentId, currentActor(strapi));
            ctx.body = { data: { restored: version.documentId, entry: version.entry, language: version.language } };
          } catch (error) {
            if (error instanceof errors.NotFoundError) return answerError(ctx, 404, error.message);
            throw error;
          }
        },
        config: POLICIES,
      },
    ],
  };
}
