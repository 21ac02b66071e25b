// Submissions from the website's forms (contact messages, training requests, newsletter sign-ups)
// are personal data: no anonymous client may read, list or create them, over REST or GraphQL. The
// website writes them with its own token (CMS_FORMS_TOKEN), which can only create these three;
// Editors handle them in the admin; Authors do not see them.
import type { Core } from '@strapi/strapi';
import { uidsWhere } from '../content-types';
import { ensureApiToken } from './site-token';

export const SUBMISSION_TYPES: readonly string[] = uidsWhere((type) => type.access === 'submission');

export const isSubmissionType = (uid: string | null | undefined): boolean => !!uid && SUBMISSION_TYPES.includes(uid);

export const FORMS_TOKEN_NAME = 'Website forms (create submissions only)';

/** Staff-only records: the audit log, the hotline changes waiting for a second person, the webhook deliveries. */
export const STAFF_ONLY_TYPES: readonly string[] = uidsWhere((type) => type.access === 'staff-record');

/** Staff-only settings Editors manage (Authors do not see them): the partners' webhook subscriptions. */
export const STAFF_MANAGED_TYPES: readonly string[] = uidsWhere((type) => type.access === 'staff-setting');

/**
 * Not part of the public GraphQL schema at all (the website writes over REST), nor the staff-only
 * records (they have no REST routes either).
 */
export function hideSubmissionsFromGraphql(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension') as {
    shadowCRUD: (uid: string) => { disable: () => void };
  };
  for (const uid of [...SUBMISSION_TYPES, ...STAFF_ONLY_TYPES, ...STAFF_MANAGED_TYPES]) extension.shadowCRUD(uid).disable();
}

export const ensureFormsToken = (strapi: Core.Strapi, secret: string | undefined): Promise<void> =>
  ensureApiToken(strapi, {
    name: FORMS_TOKEN_NAME,
    description: 'Used by the public website to store form submissions (CMS_FORMS_TOKEN). Do not delete.',
    type: 'custom',
    permissions: SUBMISSION_TYPES.map((uid) => `${uid}.create`),
    secret,
  });
