import type { Core } from '@strapi/strapi';
import type { Keyring } from './crypto/envelope';
import { dropApiCacheOnMediaChanges, dropApiCacheOnWrites } from './api-cache/invalidate';
import { openFrontDoor } from './api-cache/front-door';
import { configureEditorRoles } from './bootstrap/editor-roles';
import { createFirstAdmin, refuseToRunWithoutAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { setPublicAccess } from './bootstrap/public-permissions';
import { takeStartupLock } from './bootstrap/startup-lock';
import { applyAccountEmailSender, applyRegistrationSetting } from './bootstrap/registration';
import { notifySiteOfChanges } from './bootstrap/site-revalidation';
import { ensureSiteToken } from './bootstrap/site-token';
import { logPublishedPhoneNumbers } from './bootstrap/phone-scan';
import { ensureUniqueIndexes } from './bootstrap/unique-indexes';
import { ensureFormsToken, hideSubmissionsFromGraphql } from './bootstrap/submissions';
import { checkPhoneNumbers } from './document-middlewares/check-phone-numbers';
import { keepTranslationStatus } from './document-middlewares/translation-status';
import { keepFormerSlugs } from './document-middlewares/keep-former-slugs';
import { shareFields } from './document-middlewares/share-fields';
import { keepVersions } from './document-middlewares/keep-versions';
import { limitRichText } from './document-middlewares/limit-rich-text';
import { newsletterUnsubscribeToken } from './document-middlewares/newsletter-unsubscribe-token';
import { publishedOnlyForPublic } from './document-middlewares/published-only-for-public';
import { requireImageAlt } from './document-middlewares/require-image-alt';
import { validateHotline } from './document-middlewares/validate-hotline';
import { readOnlyLogs } from './audit/guard';
import { recordInAuditLog } from './audit/hooks';
import { auditSiteSettings } from './audit/site-settings';
import { registerHotlineRoutes } from './hotline/admin-routes';
import { twoPersonRule } from './hotline/two-person';
import { registerWebhookRoutes } from './webhooks/admin-routes';
import { registerTranslationRoutes } from './translations/admin-routes';
import { registerDashboardRoutes } from './dashboard/admin-routes';
import { registerHistoryRoutes } from './history/admin-routes';
import { sendWebhooksOnChanges } from './webhooks/deliveries';
import { partnerWebhookFields } from './webhooks/secret-field';
import { registerClusterJob } from './jobs/run-once';
import { seedAdditions, seedInitialContent } from './seed';
import { importContentTranslations, importSettingsTranslations } from './seed/import-translations';
import { smtpConfigured } from './mail/send';
import { registerExportRoute } from './submissions/export';
import { checkStoredKeys, sealSubmissionsAtRest } from './submissions/encryption';
import { submissionKeyring } from './submissions/encryption-keys';
import { RETENTION_JOB, retentionDays } from './submissions/retention';
import { watchUnsentEmails } from './metrics';
import { cmsSettings } from './settings';
import { closeSharedStore, connectSharedStore } from './utils/shared-store';

/** Gives back the startup lock taken in `register` (bootstrap/startup-lock.ts). */
let releaseStartupLock = async () => {};
/** The form submissions' keys, read (and refused when wrong) in `register`, before anything else. */
let submissionKeys: Keyring | undefined;

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    submissionKeys = submissionKeyring(process.env, strapi.dirs.app.root, (message) => strapi.log.info(message));
    // Before Strapi touches the database: its schema sync comes next, then the bootstrap below.
    releaseStartupLock = await takeStartupLock(cmsSettings(), (message) => strapi.log.info(message));
    strapi.documents.use(publishedOnlyForPublic(strapi));
    strapi.documents.use(dropApiCacheOnWrites(strapi));
    strapi.documents.use(validateHotline(strapi));
    strapi.documents.use(readOnlyLogs());
    strapi.documents.use(twoPersonRule(strapi));
    strapi.documents.use(auditSiteSettings(strapi));
    strapi.documents.use(partnerWebhookFields());
    strapi.documents.use(requireImageAlt());
    strapi.documents.use(limitRichText(strapi));
    strapi.documents.use(checkPhoneNumbers(strapi));
    strapi.documents.use(keepTranslationStatus(strapi));
    strapi.documents.use(keepFormerSlugs(strapi));
    strapi.documents.use(shareFields(strapi));
    strapi.documents.use(newsletterUnsubscribeToken());
    strapi.documents.use(keepVersions(strapi));
    hideSubmissionsFromGraphql(strapi);
    registerExportRoute(strapi);
    registerHotlineRoutes(strapi);
    registerWebhookRoutes(strapi);
    registerTranslationRoutes(strapi);
    registerDashboardRoutes(strapi);
    registerHistoryRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    try {
      await bootstrapApp(strapi);
    } finally {
      await releaseStartupLock();
    }
  },
  async destroy() {
    await releaseStartupLock(); // a start that failed between register and bootstrap
    await closeSharedStore();
  },
};

async function bootstrapApp(strapi: Core.Strapi) {
  const settings = cmsSettings();
  if (!submissionKeys) throw new Error('The submission keys are read in register, which has not run');
  sealSubmissionsAtRest(strapi, submissionKeys);
  await checkStoredKeys(strapi, submissionKeys);
  await ensureUniqueIndexes(strapi);
  await connectSharedStore(settings, (message) => strapi.log.warn(message));
  const locales = await ensureLocales(strapi);
  if (locales.length > 0) strapi.log.info(`Added the locales ${locales.join(', ')}`);
  const report = await seedInitialContent(strapi);
  if (!report.skipped) strapi.log.info(`Imported initial content: ${JSON.stringify(report.created)}`);
  const translated = await importContentTranslations(strapi);
  if (translated > 0) strapi.log.info(`Imported ${translated} translations (es, fr): pages, FAQs, principles, resources`);
  const translatedSettings = await importSettingsTranslations(strapi);
  if (translatedSettings > 0) strapi.log.info(`Imported ${translatedSettings} site settings translations (es, fr)`);
  // After the translations: the partners page links to pages in each language.
  const added = await seedAdditions(strapi);
  if (added.length > 0) strapi.log.info(`Added initial content: ${added.join(', ')}`);
  await logPublishedPhoneNumbers(strapi);
  const accounts = settings.USERS_REGISTRATION_ENABLED;
  const access = await setPublicAccess(strapi, { accounts });
  if (access.granted.length > 0) strapi.log.info(`Public role: granted ${access.granted.join(', ')}`);
  if (access.revoked.length > 0) strapi.log.info(`Public role: revoked ${access.revoked.join(', ')}`);
  await applyRegistrationSetting(strapi, accounts);
  await applyAccountEmailSender(strapi, settings.EMAIL_FROM);
  await ensureSiteToken(strapi, settings.CMS_READ_TOKEN);
  await ensureFormsToken(strapi, settings.CMS_FORMS_TOKEN);
  await registerClusterJob(strapi, RETENTION_JOB);
  watchUnsentEmails(strapi);
  recordInAuditLog(strapi);
  strapi.log.info(`Form submissions are kept ${retentionDays()} days (FORMS_RETENTION_DAYS)`);
  if (!smtpConfigured()) strapi.log.info('SMTP_HOST is not set: form emails (staff notices, newsletter confirmations) are not sent');
  dropApiCacheOnMediaChanges(strapi);
  openFrontDoor(strapi);
  sendWebhooksOnChanges(strapi);
  notifySiteOfChanges(strapi, { url: settings.SITE_REVALIDATE_URL, secret: settings.REVALIDATE_SECRET });
  const roleChanges = await configureEditorRoles(strapi);
  for (const [role, count] of Object.entries(roleChanges)) {
    if (count > 0) strapi.log.info(`Role ${role}: added ${count} permissions (new content types, fields or locales)`);
  }
  if (await createFirstAdmin(strapi, { email: settings.ADMIN_EMAIL, password: settings.ADMIN_PASSWORD })) {
    strapi.log.info(`Created the first administrator (${settings.ADMIN_EMAIL})`);
  }
  await refuseToRunWithoutAdmin(strapi, settings.NODE_ENV);
}
