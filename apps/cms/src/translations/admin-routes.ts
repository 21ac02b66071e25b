// The Translations admin page's routes, also for scripts: what waits per language, the English
// beside a language version's edit view (`GET /admin/translations/source`), the XLIFF export
// (`GET /admin/translations/export?locale=es&scope=needed|all`) and its import (`POST
// /admin/translations/import`, the file as the body). Signed-in Editors and administrators only:
// an import writes drafts of every public type.
import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { currentActor } from '../audit/actor';
import { DECIDERS } from '../hotline/deciders';
import { XliffError } from './xliff';
import { exportTranslations, SCOPES, type Scope } from './round-trip/export';
import { ImportRefused, importTranslations } from './round-trip/import';
import { sourceBeside, trackedType } from './round-trip/source';
import { targetLocales, translationSummary } from './round-trip/summary';
import { answerError } from '../utils/admin-error';

/** A file of every entry in three languages is well under this. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const POLICIES = { policies: ['admin::isAuthenticatedAdmin'] };


/**
 * The file as text: sent as a form's `file` (the admin page) or as the body (scripts). Strapi's
 * parser reads only JSON, forms and small text, so a body of XLIFF is read here.
 */
async function bodyText(ctx: Context): Promise<string | null> {
  const request = ctx.request as { body?: unknown; files?: Record<string, { filepath?: string; size?: number } | undefined> };
  const upload = request.files?.file;
  if (upload?.filepath) return (upload.size ?? 0) > MAX_IMPORT_BYTES ? null : readFile(upload.filepath, 'utf8');
  if (typeof request.body === 'string' && request.body !== '') return request.body;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_IMPORT_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function registerTranslationRoutes(strapi: Core.Strapi): void {
  const allowed = (ctx: Context) => {
    if (currentActor(strapi).roles.some((role) => DECIDERS.includes(role))) return true;
    answerError(ctx, 403, 'Only an Editor or an administrator can export or import translations.');
    return false;
  };
  const routes = strapi.admin.routes as Record<string, unknown>;
  routes.translations = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/translations/summary',
        handler: async (ctx: Context) => {
          if (!allowed(ctx)) return;
          ctx.set('cache-control', 'no-store');
          ctx.body = { data: await translationSummary(strapi) };
        },
        config: POLICIES,
      },
      {
        // The English beside a language version's edit view: every signed-in editor and author (they translate too).
        method: 'GET',
        path: '/translations/source',
        handler: async (ctx: Context) => {
          const type = trackedType(strapi, String(ctx.query.uid ?? ''));
          const locales = await targetLocales(strapi);
          const locale = String(ctx.query.locale ?? '');
          const documentId = String(ctx.query.documentId ?? '');
          if (!type) return answerError(ctx, 400, 'uid must be a translated content type');
          if (!locales.some(({ code }) => code === locale)) return answerError(ctx, 400, `locale must be one of ${locales.map(({ code }) => code).join(', ')}`);
          ctx.set('cache-control', 'no-store');
          ctx.body = { data: await sourceBeside(strapi, type, documentId, locale) };
        },
        config: POLICIES,
      },
      {
        method: 'GET',
        path: '/translations/export',
        handler: async (ctx: Context) => {
          if (!allowed(ctx)) return;
          const locale = String(ctx.query.locale ?? '');
          const scope = String(ctx.query.scope ?? 'needed') as Scope;
          const locales = await targetLocales(strapi);
          if (!locales.some(({ code }) => code === locale)) return answerError(ctx, 400, `locale must be one of ${locales.map(({ code }) => code).join(', ')}`);
          if (!SCOPES.includes(scope)) return answerError(ctx, 400, `scope must be one of ${SCOPES.join(', ')}`);
          const { xliff, entries, units } = await exportTranslations(strapi, locale, scope);
          const day = new Date().toISOString().slice(0, 10);
          ctx.set('cache-control', 'no-store');
          ctx.set('content-disposition', `attachment; filename="maine-sten-${locale}-${scope}-${day}.xlf"`);
          ctx.set('x-translation-entries', String(entries));
          ctx.set('x-translation-units', String(units));
          ctx.type = 'application/xliff+xml; charset=utf-8';
          ctx.body = xliff;
        },
        config: POLICIES,
      },
      {
        method: 'POST',
        path: '/translations/import',
        handler: async (ctx: Context) => {
          if (!allowed(ctx)) return;
          const text = await bodyText(ctx);
          if (text === null) return answerError(ctx, 413, `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
          if (text.trim() === '') return answerError(ctx, 400, 'The body is empty: send the XLIFF file as the body.');
          try {
            const locale = typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : undefined;
            ctx.body = { data: await importTranslations(strapi, text, locale) };
          } catch (error) {
            if (error instanceof ImportRefused || error instanceof XliffError) return answerError(ctx, 400, error.message);
            throw error;
          }
        },
        config: POLICIES,
      },
    ],
  };
}
