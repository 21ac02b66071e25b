// Content API controllers of the three submission types. `create` keeps only the form's fields,
// answers with the new entry's id and nothing else, and sends the entry's email after answering
// (a slow or broken mail server never delays or fails the visitor's submission).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { sendAlreadySubscribedNote, sendSubmissionEmail } from './email';
import { NEWSLETTER, pickFormFields, type StaffNotifiedUid } from './fields';
import { newToken } from './tokens';
import * as clock from '../utils/clock';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
/** The website's Idempotency-Key: a hash of the form's start token (base64url). */
const SUBMISSION_KEY = /^[A-Za-z0-9_-]{20,100}$/;
/**
 * No sign-up is answered sooner than this after it arrived. A new address costs an insert, one on
 * the list an update: a few milliseconds apart, which enough tries would measure. Under this
 * floor both take the same time; a person waiting on the form cannot tell.
 */
export const SIGN_UP_ANSWER_MS = 150;
/** A second sign-up of an unconfirmed address re-sends the confirmation at most this often. */
const RESEND_AFTER_MS = 10 * 60 * 1000;

const later = (strapi: Core.Strapi, task: () => Promise<unknown>) => {
  setImmediate(() => task().catch((error: Error) => strapi.log.error(`[forms] ${error.message}`)));
};

/** The request's Idempotency-Key header, if it has one; a malformed one is refused. */
function submissionKeyOf(ctx: Context): string | undefined {
  const key = ctx.get('idempotency-key');
  if (!key) return undefined;
  if (!SUBMISSION_KEY.test(key)) throw new errors.ValidationError('Idempotency-Key is malformed');
  return key;
}

export const staffNotifiedController =
  (uid: StaffNotifiedUid) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    /**
     * A submission. One sent again with the key of one already stored (the website retrying after
     * an answer it lost, or two web processes delivering it at once) gets the same answer and
     * makes no second entry and no second staff email: the database's unique index on the key
     * (bootstrap/unique-indexes.ts) refuses the twin of a race.
     */
    async create(ctx: Context) {
      const data = pickFormFields(uid, ctx.request.body);
      // The contact form's one rule across fields (the site's form has it too).
      if (uid === 'api::contact-message.contact-message' && data.replyBy === 'phone' && !data.phone) {
        throw new errors.ValidationError('phone is required when replyBy is phone');
      }
      const submissionKey = submissionKeyOf(ctx);
      const stored = async () =>
        submissionKey ? ((await strapi.db.query(uid).findOne({ where: { submissionKey }, select: ['documentId'] })) as { documentId: string } | null) : null;
      const answer = (documentId: string) => {
        ctx.status = 201;
        ctx.body = { data: { documentId } };
      };
      const earlier = await stored();
      if (earlier) return answer(earlier.documentId);
      let entry: { documentId: string };
      try {
        entry = await strapi.documents(uid).create({ data: { ...data, ...(submissionKey ? { submissionKey } : {}) } as never });
      } catch (error) {
        const twin = await stored();
        if (!twin) throw error;
        return answer(twin.documentId);
      }
      answer(entry.documentId);
      later(strapi, () => sendSubmissionEmail(strapi, uid, entry.documentId));
    },
  });

interface Subscription {
  documentId: string;
  confirmedAt?: string | null;
  emailSentAt?: string | null;
}

export const newsletterController = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * An address already on the list. Its owner hears of it (at most once per RESEND_AFTER_MS): an
   * unconfirmed one gets its confirmation again, with the same link (the first one keeps working
   * until the address expires), a confirmed one a note that it signed up again. Whoever sent the
   * form gets the answer a new address gets, after the same work: one write to the entry.
   */
  const signedUpAgain = async (ctx: Context, existing: Subscription) => {
    const sentRecently = existing.emailSentAt && clock.nowMs() - Date.parse(existing.emailSentAt) < RESEND_AFTER_MS;
    const update = (data: Record<string, unknown>) => strapi.documents(NEWSLETTER).update({ documentId: existing.documentId, data: data as never });
    const emailOnItsWay = !existing.confirmedAt && !existing.emailSentAt; // the retry job sends it
    if (sentRecently || emailOnItsWay) {
      await update({});
    } else if (existing.confirmedAt) {
      await update({ emailSentAt: new Date() });
      later(strapi, () => sendAlreadySubscribedNote(strapi, existing.documentId));
    } else {
      await update({ emailSentAt: null, emailAttempts: 0, emailNextAttemptAt: null });
      later(strapi, () => sendSubmissionEmail(strapi, NEWSLETTER, existing.documentId));
    }
    accepted(ctx);
  };

  const signUp = async (ctx: Context) => {
    const data = pickFormFields(NEWSLETTER, ctx.request.body);
    if (data.consent !== true) throw new errors.ValidationError('consent must be given (true)');
    const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : data.email;
    const find = async () => (await strapi.db.query(NEWSLETTER).findOne({ where: { email: { $eqi: email } } })) as Subscription | null;
    const existing = await find();
    if (existing) return signedUpAgain(ctx, existing);
    let entry: { documentId: string };
    try {
      // The unsubscribe token is made on every create (document-middlewares/newsletter-unsubscribe-token.ts).
      entry = await strapi.documents(NEWSLETTER).create({ data: { ...data, email, confirmToken: newToken() } as never });
    } catch (error) {
      // The same address sent twice at once: the database's unique index refused the second.
      const twin = await find();
      if (!twin) throw error;
      return signedUpAgain(ctx, twin);
    }
    accepted(ctx);
    later(strapi, () => sendSubmissionEmail(strapi, NEWSLETTER, entry.documentId));
  };

  return {
    /**
     * A sign-up. Whether the address is new, waiting for its confirmation or confirmed, the answer
     * is the same (202, no data), so the form tells nobody who subscribes; only the address's
     * owner learns of it, by email.
     */
    async create(ctx: Context) {
      const arrived = performance.now();
      await signUp(ctx);
      const wait = SIGN_UP_ANSWER_MS - (performance.now() - arrived);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    },

    /** The link in the confirmation email (through the site's Confirm button): one use only. */
    async confirm(ctx: Context) {
      const token = tokenOf(ctx);
      const found = (await strapi.db.query(NEWSLETTER).findOne({ where: { confirmToken: token } })) as Subscription | null;
      if (!found) throw new errors.NotFoundError('This confirmation link is not valid any more.');
      await strapi.db.query(NEWSLETTER).updateMany({
        where: { documentId: found.documentId },
        data: { confirmedAt: new Date(), confirmToken: null },
      });
      ctx.body = { data: { confirmed: true } };
    },

    /**
     * Unsubscribes, deleting the address: from the site's page, or a mail client's one-click POST
     * (RFC 8058: token in the URL, body "List-Unsubscribe=One-Click"). Unknown tokens get the same
     * answer, so a second click is not an error.
     */
    async unsubscribe(ctx: Context) {
      const token = tokenOf(ctx);
      await strapi.db.query(NEWSLETTER).deleteMany({ where: { unsubscribeToken: token } });
      ctx.body = { data: { unsubscribed: true } };
    },
  };
};

/** The one answer to every sign-up. */
function accepted(ctx: Context): void {
  ctx.status = 202;
  ctx.body = { data: null };
}

function tokenOf(ctx: Context): string {
  const body = ctx.request.body as { token?: unknown } | undefined;
  const token = ctx.query.token ?? body?.token;
  if (typeof token !== 'string' || !TOKEN.test(token)) throw new errors.ValidationError('token is missing or malformed');
  return token;
}
