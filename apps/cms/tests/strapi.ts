// Strapi's ESM build imports `lodash/fp` as a directory, which Node's ESM loader refuses; its
// CommonJS build is what `strapi start` runs, so the tests load that one too.
import { createRequire } from 'node:module';

const require = createRequire(__filename);

export const { createStrapi, compileStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
export type { Core } from '@strapi/strapi';
