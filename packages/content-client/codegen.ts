import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the CMS's committed SDL, so generation needs no running server.
const config: CodegenConfig = {
  schema: '../../apps/cms/schema.graphql',
  documents: ['src/queries/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown', DateTime: 'string', Long: 'number', Upload: 'unknown', I18NLocaleCode: 'string', PageBodyDynamicZoneInput: 'unknown' },
        defaultScalarType: 'unknown',
        documentMode: 'string',
      },
    },
  },
};

export default config;
