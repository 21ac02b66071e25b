// Strapi cron jobs of the forms (src/submissions): retrying emails that could not be sent, and
// deleting submissions past their retention. Every CMS process schedules both: each email and each
// night's deletion is claimed by one of them.
import type { Core } from '@strapi/strapi';
import { retryHotlineNotices } from '../src/hotline/notices';
import { retryPendingEmails } from '../src/submissions/email';
import { FORM_FIELDS, type SubmissionUid } from '../src/submissions/fields';
import { runNightlyRetention } from '../src/submissions/retention';

const SUBMISSIONS = Object.keys(FORM_FIELDS) as SubmissionUid[];

export const cronTasks = (retrySeconds: number) => ({
  retryFormEmails: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await retryPendingEmails(strapi, SUBMISSIONS);
      await retryHotlineNotices(strapi);
    },
    // A seconds field: every `retrySeconds` seconds below a minute, else once a minute.
    options: { rule: retrySeconds < 60 ? `*/${retrySeconds} * * * * *` : '0 * * * * *' },
  },
  deleteExpiredSubmissions: {
    task: ({ strapi }: { strapi: Core.Strapi }) => runNightlyRetention(strapi),
    options: { rule: '0 15 3 * * *' },
  },
});
