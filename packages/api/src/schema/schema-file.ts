import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** Where the committed copy of the schema lives; the SPAs generate their types from it. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export function printPorticoSchema(schema: GraphQLSchema): string {
  return `# Generated from the API code by \`pnpm schema\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
