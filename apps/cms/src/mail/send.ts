// Every email the CMS sends goes through Strapi's email plugin (nodemailer, SMTP_*: config/plugins.ts):
// form emails, newsletter confirmations, hotline notices, the note that a partner webhook was turned off.
import type { Core } from '@strapi/strapi';
import type { Backoff } from '../jobs/backoff';
import { cmsSettings } from '../settings';

/** Without SMTP_HOST nothing is emailed; each sender says so in its own words. */
export const smtpConfigured = (): boolean => Boolean(process.env.SMTP_HOST);

/** An email still unsent this long after its cause is not tried again: a week-old notice helps nobody. */
export const RETRY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** A failed email is tried again after EMAIL_RETRY_SECONDS, then twice as long each time, an hour apart at most. */
export const EMAIL_BACKOFF = (): Backoff => ({ firstMs: cmsSettings().EMAIL_RETRY_SECONDS * 1000, factor: 2, longestMs: 60 * 60 * 1000 });

export interface Mail {
  to: string;
  subject: string;
  text: string;
  from?: string;
  /** The whole message, built by the caller when it needs headers the plugin does not pass (List-Unsubscribe). */
  raw?: Buffer | string;
}

/** Sends one email; throws when the SMTP server does not take it. */
export async function sendMail(strapi: Core.Strapi, mail: Mail): Promise<void> {
  await strapi.plugin('email').service('email').send(mail);
}
