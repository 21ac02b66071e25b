// Every newsletter subscriber has an unsubscribe link, however added: a sign-up on the site, a
// subscriber staff add (or duplicate) in the admin, code. The token is made here, by the CMS, on
// every create and clone, so none is missing (the export wrote `?token=null` for staff-added ones)
// and none is shared with the entry it was copied from (an unsubscribe deletes every subscriber
// holding the token). An edit never changes it: links already mailed keep working.
import type { Modules } from '@strapi/strapi';
import { NEWSLETTER } from '../submissions/fields';
import { newToken } from '../submissions/tokens';

export const newsletterUnsubscribeToken = (): Modules.Documents.Middleware.Middleware => async (context, next) => {
  if (context.uid !== NEWSLETTER) return next();
  const params = context.params as { data?: Record<string, unknown> };
  if (context.action === 'create' || context.action === 'clone') params.data = { ...params.data, unsubscribeToken: newToken() };
  else if (context.action === 'update' && params.data) delete params.data.unsubscribeToken;
  return next();
};
