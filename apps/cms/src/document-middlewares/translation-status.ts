// Keeps each entry's translation status (translations/status.ts) on every write: the rules live
// there; this decides which write is which. An editor's save of a language version makes it
// current whatever the form sent (the admin sends the field back as it showed it); the seed and
// imports say what they wrote. An English save compares the words before and after. A language
// version's save also keeps the English's texts as they are then (translatedFrom).
import type { Core, Modules } from '@strapi/strapi';
import { currentActor } from '../audit/actor';
import { englishTexts, snapshotOf, trackedType } from '../translations/round-trip/source';
import { markTranslationsOutdated, sourceWords, SOURCE_LOCALE, TRACKED_TYPES } from '../translations/status';

interface WriteParams {
  documentId?: string;
  locale?: string | string[];
  data?: Record<string, unknown>;
}

export const keepTranslationStatus =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as WriteParams;
    if (!TRACKED_TYPES.has(context.uid) || (context.action !== 'create' && context.action !== 'update') || !params.data) return next();
    const locale = (Array.isArray(params.locale) ? params.locale[0] : params.locale) ?? SOURCE_LOCALE;
    const data = params.data;
    const minor = data.minorChange === true;
    // A tick for this save only: the next save is a full change again unless ticked again.
    if ('minorChange' in data) data.minorChange = false;

    if (locale !== SOURCE_LOCALE) {
      if (currentActor(strapi).id !== null || data.translationStatus === undefined) data.translationStatus = 'current';
      // The English this version is saved against, for the source panel's "changed since".
      const type = trackedType(strapi, context.uid);
      data.translatedFrom = type && params.documentId ? snapshotOf(await englishTexts(strapi, type, params.documentId)) : null;
      return next();
    }
    delete data.translationStatus;
    delete data.translatedFrom;
    if (context.action === 'create' || !params.documentId || minor) return next();
    const before = await sourceWords(strapi, context.uid, params.documentId);
    const result = await next();
    if (before !== null && (await sourceWords(strapi, context.uid, params.documentId)) !== before) {
      await markTranslationsOutdated(strapi, context.uid, params.documentId);
    }
    return result;
  };
