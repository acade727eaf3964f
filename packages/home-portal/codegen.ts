import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the API's committed schema. Each feature keeps its operations in a
 * `.graphql` file beside its components; the output in src/gql/ is generated, never edited.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        namingConvention: { enumValues: 'keep' },
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
