// A wrong hotline number in an answer sends a victim to a stranger (the organisation's own FAQ once
// gave the hotline with 1-800 for 1-888 and one digit changed). Every publish of public content — the admin's Publish, and a create or
// update with status "published" from the API, the seed or code — is checked by src/phone-check:
// a number close to the hotline but not it refuses the publish, naming the field and the right
// number; any other unknown number in an editor's publish waits for them to confirm it is right
// (phone-check/confirmations.ts); the API's, the seed's and code's are logged. Drafts save as they
// are, so the editor can fix them first. Site settings are not checked here: their numbers have validate-hotline.ts.
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { contentTypeOf } from '../content-types';
import { componentAttributesOf, deepPopulate } from '../utils/populate';
import { currentActor } from '../audit/actor';
import { BUILT_IN_HOTLINE, checkEntry, nationalDigits, nearMissMessage, type Attributes, type KnownNumbers, type PhoneFinding } from '../phone-check';
import { confirmedNumbers } from '../phone-check/confirmations';

const SITE_SETTINGS = 'api::site-setting.site-setting';
const AGENCIES = 'api::council-agency.council-agency';

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

/** The public types whose text is checked: all but Site settings. */
export const isChecked = (uid: string): boolean => uid !== SITE_SETTINGS && contentTypeOf(uid)?.access === 'public';


/** Populate for every component and dynamic zone, at any depth: all the text an entry has. */
export const textPopulate = (strapi: Core.Strapi, attributes: Attributes) => deepPopulate(attributes, componentAttributesOf(strapi));

/** The published hotline (built-in one when none) and every published agency's phone but `exceptAgency`'s (a draft's number is not known yet). */
export async function knownNumbers(strapi: Core.Strapi, exceptAgency?: string): Promise<KnownNumbers> {
  const settings = (await strapi.db.query(SITE_SETTINGS).findMany({ where: { publishedAt: { $ne: null } }, populate: ['hotline'] })) as {
    hotline?: { phone?: string | null } | null;
  }[];
  const hotlines = [...new Set(settings.flatMap(({ hotline }) => (hotline?.phone ? [hotline.phone] : [])))];
  const agencies = (await strapi.db.query(AGENCIES).findMany({ where: { publishedAt: { $ne: null } }, select: ['documentId', 'phone'] })) as { documentId: string; phone?: string | null }[];
  const others = agencies.flatMap(({ documentId, phone }) => (phone && documentId !== exceptAgency ? [phone] : []));
  return { hotlines: hotlines.length > 0 ? hotlines : [BUILT_IN_HOTLINE], others };
}

/** The findings for one entry's data of type `uid`; `known` read once by a caller checking many entries (not agencies). */
export async function checkData(strapi: Core.Strapi, uid: string, data: unknown, documentId?: string, known?: KnownNumbers): Promise<PhoneFinding[]> {
  const attributes = strapi.contentTypes[uid as keyof typeof strapi.contentTypes].attributes as Attributes;
  // An agency's own phone is not "known" while that agency is checked: a near miss there is refused too.
  const numbers = uid === AGENCIES || !known ? await knownNumbers(strapi, uid === AGENCIES ? documentId : undefined) : known;
  return checkEntry(attributes, data, componentAttributesOf(strapi), numbers);
}

interface WriteParams {
  documentId?: string;
  locale?: string | string[];
  status?: string;
  data?: Record<string, unknown>;
}

/** What would be published: the drafts a publish takes, or a write's data over the current draft. */
async function toBePublished(strapi: Core.Strapi, uid: string, action: string, params: WriteParams): Promise<Record<string, unknown>[]> {
  const attributes = strapi.contentTypes[uid as keyof typeof strapi.contentTypes].attributes as Attributes;
  const populate = textPopulate(strapi, attributes);
  const documents = strapi.documents(uid as DocumentsUid);
  if (action === 'create') return [params.data ?? {}];
  if (action === 'update') {
    const locale = Array.isArray(params.locale) ? params.locale[0] : params.locale;
    const draft = params.documentId ? await documents.findOne({ documentId: params.documentId, locale, status: 'draft', populate }) : null;
    return [{ ...(draft ?? {}), ...(params.data ?? {}) }];
  }
  // publish: each draft of the document in the locales asked for ('*': all of them).
  return (await documents.findMany({ filters: { documentId: params.documentId }, locale: params.locale, status: 'draft', populate })) as Record<string, unknown>[];
}

/** What the editor reads when a publish waits for their word on a number. */
const unconfirmedMessage = ({ field, number }: PhoneFinding): string =>
  `${field}: ${number} is neither the hotline nor a council agency's number. ` +
  'If it is right: save, press "It is right" beside it under "Phone numbers to check" on the right, then publish.';

const publishes = (action: string, params: WriteParams) => action === 'publish' || ((action === 'create' || action === 'update') && params.status === 'published');

export const checkPhoneNumbers =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as WriteParams;
    if (!isChecked(context.uid) || !publishes(context.action, params)) return next();
    const entries = await toBePublished(strapi, context.uid, context.action, params);
    const findings = (await Promise.all(entries.map((data) => checkData(strapi, context.uid, data, params.documentId)))).flat();
    const nearMisses = findings.filter(({ kind }) => kind === 'near-miss');
    if (nearMisses.length > 0) {
      const messages = nearMisses.map(nearMissMessage);
      throw new errors.ValidationError(messages.join(' '), {
        errors: nearMisses.map((finding, index) => ({ path: finding.path, message: messages[index], name: 'ValidationError' })),
      });
    }
    // An editor at the admin confirms each other unknown number before it goes out; the API, the
    // seed and code cannot be asked, so their numbers are only logged.
    const actor = currentActor(strapi);
    if (actor.id !== null) {
      const confirmed = await confirmedNumbers(strapi, context.uid, params.documentId);
      const unconfirmed = findings.filter(({ number }) => !confirmed[nationalDigits(number)]);
      if (unconfirmed.length > 0) {
        const messages = unconfirmed.map(unconfirmedMessage);
        throw new errors.ValidationError(messages.join(' '), {
          errors: unconfirmed.map((finding, index) => ({ path: finding.path, message: messages[index], name: 'ValidationError' })),
        });
      }
    }
    for (const { field, number } of findings) {
      strapi.log.warn(`Phone numbers: ${context.uid} ${params.documentId ?? '(new)'} ${field} publishes ${number}, neither the hotline nor an agency's number`);
    }
    return next();
  };
