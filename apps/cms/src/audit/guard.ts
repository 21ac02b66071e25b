// The audit log, the hotline changes and the webhook deliveries are written by the CMS itself only
// (audit/log.ts, hotline/two-person.ts, webhooks/deliveries.ts, through the query engine): every write through the document service —
// the admin's content manager, the REST and GraphQL APIs, plugins — is refused.
import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uidsWhere } from '../content-types';

const READ_ONLY: readonly string[] = uidsWhere((type) => type.access === 'staff-record');
const READS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

export const readOnlyLogs = (): Modules.Documents.Middleware.Middleware => async (context, next) => {
  if (READ_ONLY.includes(context.uid) && !READS.has(context.action)) {
    throw new errors.ForbiddenError('The audit log, hotline changes and webhook deliveries cannot be written, changed or deleted.');
  }
  return next();
};
