import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../src/settings';

// Compiled config lives in dist/config, so the app root is two levels up.
const appRoot = path.join(__dirname, '..', '..');

export default (): Core.Config.Database => {
  const settings = cmsSettings();
  if (settings.DATABASE_CLIENT === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: settings.DATABASE_URL ?? '',
          host: settings.DATABASE_HOST,
          port: settings.DATABASE_PORT,
          database: settings.DATABASE_NAME,
          user: settings.DATABASE_USERNAME,
          password: settings.DATABASE_PASSWORD,
          schema: settings.DATABASE_SCHEMA,
          ssl: settings.DATABASE_SSL,
        },
        pool: { min: settings.DATABASE_POOL_MIN, max: settings.DATABASE_POOL_MAX },
        acquireConnectionTimeout: settings.DATABASE_CONNECTION_TIMEOUT,
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(appRoot, settings.DATABASE_FILENAME),
      },
      useNullAsDefault: true,
    },
  };
};
