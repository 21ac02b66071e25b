import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../src/settings';
import { cronTasks } from './cron-tasks';

export default (): Core.Config.Server => {
  const settings = cmsSettings();
  return {
    host: settings.HOST,
    port: settings.CMS_PORT,
    // Public address of the CMS, used in admin links and webhook payloads behind a proxy.
    url: settings.CMS_PUBLIC_URL ?? '',
    // Behind a load balancer or reverse proxy, TRUST_PROXY=true takes the client address from
    // X-Forwarded-For (the last TRUST_PROXY_HOPS entries, the ones the proxies added), so the rate
    // limit counts each visitor, not the proxy. Never turn it on without a proxy: clients could
    // then choose their own address.
    proxy: { koa: settings.TRUST_PROXY, maxIpsCount: settings.TRUST_PROXY_HOPS },
    // The startup banner is noise in test output.
    logger: { startup: { enabled: settings.NODE_ENV !== 'test' } },
    // Form emails are retried every EMAIL_RETRY_SECONDS while SMTP is unreachable; old submissions
    // are deleted nightly (config/cron-tasks.ts).
    cron: { enabled: true, tasks: cronTasks(settings.EMAIL_RETRY_SECONDS) },
    app: {
      keys: settings.APP_KEYS,
    },
  };
};
