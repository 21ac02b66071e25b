// Two people for a hotline change. The hotline numbers (phone, text, TTY, website: shared by every
// language) are what a person in danger calls, so one account — or whoever took it over — cannot
// change what visitors see. A publish of Site settings whose numbers differ from the published
// ones becomes a *proposal* (api::hotline-change): the publish goes on with the current numbers,
// so the site, the API, the snapshot and the embeds keep them, and the proposal waits for a
// different Editor or administrator to approve it (then the numbers are published) or reject it.
// Everyone who may decide is emailed at each step (notices.ts), and each step is in the audit log.
//
// One editor alone: an administrator may confirm their own proposal once it has waited
// HOTLINE_SELF_APPROVAL_HOURS (24) — only when no other active Editor or administrator exists —
// so a taken-over account still has a day of emails and banners before the numbers change.
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentActor, type Actor } from '../audit/actor';
import { audit } from '../audit/log';
import { cmsSettings } from '../settings';
import { HOTLINE_CHANGE, HOTLINE_FIELDS, type HotlineChange, type HotlineNumbers } from './change';
import { DECIDERS } from './deciders';
import { announce } from './notices';
import * as clock from '../utils/clock';
import { newDocumentId } from '../utils/document-id';

const SITE_SETTINGS = 'api::site-setting.site-setting';

/**
 * The numbers being published by an approval right now (as JSON): a publish of exactly those is
 * not a proposal again. (Not an AsyncLocalStorage: Strapi's query engine does not keep one.)
 */
const beingApproved = new Set<string>();
const keyOf = (numbers: HotlineNumbers) => JSON.stringify(HOTLINE_FIELDS.map((field) => numbers[field]));

const numbersOf = (hotline: Partial<Record<string, unknown>> | null | undefined): HotlineNumbers =>
  Object.fromEntries(HOTLINE_FIELDS.map((field) => [field, typeof hotline?.[field] === 'string' && hotline[field] !== '' ? hotline[field] : null])) as HotlineNumbers;
const same = (a: HotlineNumbers, b: HotlineNumbers) => HOTLINE_FIELDS.every((field) => a[field] === b[field]);

async function settingsIn(strapi: Core.Strapi, status: 'draft' | 'published') {
  return (await strapi.documents(SITE_SETTINGS).findFirst({ status, locale: 'en', populate: ['hotline'] })) as
    | { documentId: string; hotline?: Record<string, unknown> | null }
    | null;
}

export const pendingChange = async (strapi: Core.Strapi): Promise<HotlineChange | null> =>
  (await strapi.db.query(HOTLINE_CHANGE).findOne({ where: { state: 'pending' }, orderBy: { createdAt: 'desc' } })) as HotlineChange | null;

async function propose(strapi: Core.Strapi, current: HotlineNumbers, proposed: HotlineNumbers, actor: Actor): Promise<void> {
  const existing = await pendingChange(strapi);
  const data = { current, proposed, proposedBy: actor.label, proposedById: actor.id, noticeEvent: 'proposed', emailSentAt: null, emailAttempts: 0, emailNextAttemptAt: null };
  let change: { documentId: string };
  if (existing) {
    change = existing;
    await strapi.db.query(HOTLINE_CHANGE).update({ where: { id: existing.id }, data });
  } else {
    change = await strapi.db.query(HOTLINE_CHANGE).create({ data: { ...data, state: 'pending', documentId: newDocumentId() } });
  }
  strapi.log.warn(`[hotline] ${actor.label} proposed new hotline numbers; they wait for a second person`);
  await audit(strapi, { action: 'hotline.propose', subject: SITE_SETTINGS, entry: change.documentId, actor, details: { current, proposed } });
  announce(strapi, change.documentId);
}

/**
 * The document-service middleware: a publish (or a write straight to published) of Site settings
 * with other numbers than the published ones keeps the published numbers and files a proposal.
 */
export const twoPersonRule =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== SITE_SETTINGS) return next();
    const params = context.params as { status?: string; data?: { hotline?: Record<string, unknown> } };
    const writesPublished = (context.action === 'update' || context.action === 'create') && params.status === 'published' && params.data?.hotline;
    if (context.action !== 'publish' && !writesPublished) return next();
    const published = await settingsIn(strapi, 'published');
    if (!published?.hotline) return next(); // the first settings of a new database
    const current = numbersOf(published.hotline);
    const proposed = writesPublished ? numbersOf({ ...published.hotline, ...params.data!.hotline }) : numbersOf((await settingsIn(strapi, 'draft'))?.hotline);
    if (same(current, proposed) || beingApproved.has(keyOf(proposed))) return next();
    await propose(strapi, current, proposed, currentActor(strapi));
    if (writesPublished) {
      params.data!.hotline = { ...params.data!.hotline, ...current };
    } else {
      // The draft goes back to the published numbers, so this publish shows visitors no change.
      await strapi.documents(SITE_SETTINGS).update({ documentId: published.documentId, locale: 'en', data: { hotline: current } as never });
    }
    return next();
  };

const selfApprovalMs = () => cmsSettings().HOTLINE_SELF_APPROVAL_HOURS * 60 * 60 * 1000;

/** Other active accounts that may decide (Editors, administrators) than this one. */
async function otherDeciders(strapi: Core.Strapi, id: number | null): Promise<number> {
  const users = (await strapi.db.query('admin::user').findMany({ where: { isActive: true, roles: { code: { $in: DECIDERS } } }, select: ['id'] })) as { id: number }[];
  return users.filter((user) => user.id !== id).length;
}

/** Why this actor may not decide on the change now, or null when they may. */
async function refusal(strapi: Core.Strapi, change: HotlineChange, actor: Actor, decision: 'approve' | 'reject'): Promise<string | null> {
  if (!actor.roles.some((role) => DECIDERS.includes(role))) return 'Only an Editor or an administrator can decide on a hotline change.';
  if (decision === 'reject' || actor.id !== change.proposedById) return null;
  const waited = clock.nowMs() - Date.parse(change.createdAt);
  if (actor.roles.includes('strapi-super-admin') && (await otherDeciders(strapi, actor.id)) === 0 && waited >= selfApprovalMs()) return null;
  return 'A hotline change needs a second person: another Editor or administrator must approve it.';
}

/** Approves or rejects the pending change `documentId` as the signed-in `actor`; throws when it may not. */
export async function decide(strapi: Core.Strapi, documentId: string, decision: 'approve' | 'reject', actor: Actor): Promise<HotlineChange> {
  const change = (await strapi.db.query(HOTLINE_CHANGE).findOne({ where: { documentId } })) as HotlineChange | null;
  if (!change) throw new errors.NotFoundError('No such hotline change.');
  if (change.state !== 'pending') throw new errors.ApplicationError(`This hotline change was already ${change.state}.`);
  const refused = await refusal(strapi, change, actor, decision);
  if (refused) throw new errors.ForbiddenError(refused);
  // Claimed by one UPDATE: two people deciding at once cannot both win.
  const { count } = await strapi.db.query(HOTLINE_CHANGE).updateMany({
    where: { documentId, state: 'pending' },
    data: { state: decision === 'approve' ? 'approved' : 'rejected', decidedBy: actor.label, decidedAt: new Date(), noticeEvent: decision === 'approve' ? 'approved' : 'rejected', emailSentAt: null, emailAttempts: 0, emailNextAttemptAt: null },
  });
  if (count === 0) throw new errors.ApplicationError('This hotline change was decided meanwhile.');
  if (decision === 'approve') {
    const draft = await settingsIn(strapi, 'draft');
    if (draft) {
      // Every language's draft gets the numbers (they are shared), then every language is published.
      const drafts = (await strapi.db.query(SITE_SETTINGS).findMany({ where: { documentId: draft.documentId, publishedAt: null }, select: ['locale'] })) as { locale: string }[];
      const key = keyOf(numbersOf(change.proposed));
      beingApproved.add(key);
      try {
        for (const { locale } of drafts) {
          await strapi.documents(SITE_SETTINGS).update({ documentId: draft.documentId, locale, data: { hotline: change.proposed } as never });
        }
        await strapi.documents(SITE_SETTINGS).publish({ documentId: draft.documentId, locale: '*' });
      } finally {
        beingApproved.delete(key);
      }
    }
  }
  strapi.log.warn(`[hotline] ${actor.label} ${decision === 'approve' ? 'approved' : 'rejected'} the change proposed by ${change.proposedBy}`);
  await audit(strapi, {
    action: `hotline.${decision}`,
    subject: SITE_SETTINGS,
    entry: documentId,
    actor,
    details: { proposedBy: change.proposedBy, current: change.current, proposed: change.proposed },
  });
  announce(strapi, documentId);
  return (await strapi.db.query(HOTLINE_CHANGE).findOne({ where: { documentId } })) as HotlineChange;
}
