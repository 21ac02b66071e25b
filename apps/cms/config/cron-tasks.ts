// Strapi cron jobs: retrying form emails that could not be sent, sending partner webhooks due
// again, and deleting submissions past their retention. Every CMS process schedules both: each email and each
// night's deletion is claimed by one of them.
import type { Core } from '@strapi/strapi';
import { retryHotlineNotices } from '../src/hotline/notices';
import { retryPendingEmails } from '../src/submissions/email';
import { FORM_FIELDS, type SubmissionUid } from '../src/submissions/fields';
import { runNightlyRetention } from '../src/submissions/retention';
import { sendDueWebhooks } from '../src/webhooks/deliveries';

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
  // Partner webhooks due again (each attempt is claimed by one process).
  sendPartnerWebhooks: {
    task: ({ strapi }: { strapi: Core.Strapi }) => sendDueWebhooks(strapi),
    options: { rule: '*/2 * * * * *' },
  },
  deleteExpiredSubmissions: {
    task: ({ strapi }: { strapi: Core.Strapi }) => runNightlyRetention(strapi),
    options: { rule: '0 15 3 * * *' },
  },
});
