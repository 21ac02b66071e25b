import type { Core } from '@strapi/strapi';
import { required } from '../src/utils/required-env';
import { cronTasks } from './cron-tasks';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('CMS_PORT', 1337),
  // Public address of the CMS, used in admin links and webhook payloads behind a proxy.
  url: env('CMS_PUBLIC_URL', ''),
  // Behind a load balancer or reverse proxy, TRUST_PROXY=true takes the client address from
  // X-Forwarded-For (the last TRUST_PROXY_HOPS entries, the ones the proxies added), so the rate
  // limit counts each visitor, not the proxy. Never turn it on without a proxy: clients could
  // then choose their own address.
  proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: env.int('TRUST_PROXY_HOPS', 1) },
  // The startup banner is noise in test output.
  logger: { startup: { enabled: env('NODE_ENV') !== 'test' } },
  // Form emails are retried every EMAIL_RETRY_SECONDS while SMTP is unreachable; old submissions
  // are deleted nightly (config/cron-tasks.ts).
  cron: { enabled: true, tasks: cronTasks(env.int('EMAIL_RETRY_SECONDS', 60)) },
  app: {
    keys: required(env, 'APP_KEYS').split(','),
  },
});
