// Strapi's ESM build imports `lodash/fp` as a directory, which Node's ESM loader refuses; its
// CommonJS build is what `strapi start` runs, so the tests load that one too, from the CMS app.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.resolve(import.meta.dirname, '../../../apps/cms/package.json'));

export const { createStrapi, compileStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
export type { Core } from '@strapi/strapi';
