// Content API controllers of the three submission types. `create` keeps only the form's fields,
// answers with the new entry's id and nothing else, and sends the entry's email after answering
// (a slow or broken mail server never delays or fails the visitor's submission).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { sendSubmissionEmail } from './email';
import { NEWSLETTER, pickFormFields, type StaffNotifiedUid } from './fields';
import { newToken } from './tokens';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
/** A second sign-up of an unconfirmed address re-sends the confirmation at most this often. */
const RESEND_AFTER_MS = 10 * 60 * 1000;

const later = (strapi: Core.Strapi, task: () => Promise<unknown>) => {
  setImmediate(() => task().catch((error: Error) => strapi.log.error(`[forms] ${error.message}`)));
};

export const staffNotifiedController =
  (uid: StaffNotifiedUid) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    async create(ctx: Context) {
      const data = pickFormFields(uid, ctx.request.body);
      // The contact form's one rule across fields (the site's form has it too).
      if (uid === 'api::contact-message.contact-message' && data.replyBy === 'phone' && !data.phone) {
        throw new errors.ValidationError('phone is required when replyBy is phone');
      }
      const entry = await strapi.documents(uid).create({ data: data as never });
      ctx.status = 201;
      ctx.body = { data: { documentId: entry.documentId } };
      later(strapi, () => sendSubmissionEmail(strapi, uid, entry.documentId));
    },
  });

interface Subscription {
  documentId: string;
  confirmedAt?: string | null;
  emailSentAt?: string | null;
}

export const newsletterController = ({ strapi }: { strapi: Core.Strapi }) => {
  /** An address already on the list: an unconfirmed one gets its confirmation again (not too often). */
  const signedUpAgain = async (ctx: Context, existing: Subscription) => {
    const sentRecently = existing.emailSentAt && Date.now() - Date.parse(existing.emailSentAt) < RESEND_AFTER_MS;
    if (!existing.confirmedAt && !sentRecently) {
      await strapi.db.query(NEWSLETTER).updateMany({
        where: { documentId: existing.documentId },
        data: { confirmToken: newToken(), emailSentAt: null, emailAttempts: 0, emailNextAttemptAt: null },
      });
      later(strapi, () => sendSubmissionEmail(strapi, NEWSLETTER, existing.documentId));
    }
    ctx.status = 202;
    ctx.body = { data: null };
  };

  return {
    /**
     * A sign-up. An address already on the list is not an error (that would tell anyone who can
     * submit the form who subscribes): a confirmed one is left alone, an unconfirmed one gets the
     * confirmation again with a new link. 201 when created, 202 otherwise; the site shows the same.
     */
    async create(ctx: Context) {
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
      ctx.status = 201;
      ctx.body = { data: { documentId: entry.documentId } };
      later(strapi, () => sendSubmissionEmail(strapi, NEWSLETTER, entry.documentId));
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

function tokenOf(ctx: Context): string {
  const body = ctx.request.body as { token?: unknown } | undefined;
  const token = ctx.query.token ?? body?.token;
  if (typeof token !== 'string' || !TOKEN.test(token)) throw new errors.ValidationError('token is missing or malformed');
  return token;
}
