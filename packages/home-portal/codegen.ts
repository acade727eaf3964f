import type { CodegenConfig } from '@graphql-codegen/cli';

const typeConfig = {
  useTypeImports: true,
  namingConvention: { enumValues: 'keep' },
  scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
};

/**
 * Typed operations from the API's committed schema. Each feature keeps its operations in a `.graphql`
 * file beside its components, and codegen writes their typed documents beside it (`clients.graphql` →
 * `clients.generated.ts`), so a screen's chunk carries only its own documents, not all 76. The enum and
 * input types the operations share are in src/gql/graphql.ts. Generated files are never edited.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/graphql.ts': {
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations'],
      config: { ...typeConfig, generateOperationTypes: false },
    },
    './src/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts' },
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations', 'typed-document-node'],
      config: { ...typeConfig, importSchemaTypesFrom: 'src/gql/graphql.ts' },
    },
  },
};

export default config;
