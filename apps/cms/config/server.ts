import type { Core } from '@strapi/strapi';
import { required } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('CMS_PORT', 1337),
  // Public address of the CMS, used in admin links and webhook payloads behind a proxy.
  url: env('CMS_PUBLIC_URL', ''),
  // The startup banner is noise in test output.
  logger: { startup: { enabled: env('NODE_ENV') !== 'test' } },
  app: {
    keys: required(env, 'APP_KEYS').split(','),
  },
});
