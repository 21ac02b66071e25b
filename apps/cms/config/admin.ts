import type { Core } from '@strapi/strapi';
import { required } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: required(env, 'ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: required(env, 'API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: required(env, 'TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: required(env, 'ENCRYPTION_KEY'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
