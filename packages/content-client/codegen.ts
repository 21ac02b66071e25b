import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the CMS's committed SDL, so generation needs no running server. One file: the
// schema's types, each query's result and variables, and each query as a typed document (no
// `graphql()` tag function: the client imports the documents by name).
const config: CodegenConfig = {
  schema: '../../apps/cms/schema.graphql',
  documents: ['src/queries/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown', DateTime: 'string', Long: 'number', Upload: 'unknown', I18NLocaleCode: 'string', PageBodyDynamicZoneInput: 'unknown' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
