import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  astFromValue,
  getVariableValues,
  GraphQLError,
  isInputType,
  locatedError,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from '../auth/context';

type Gateway = ApolloServerOptionsWithGateway<RequestContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** The portals send a few dozen distinct operations; a bound keeps a stream of one-off queries from filling memory. */
const MAX_COMPILED_OPERATIONS = 500;

/**
 * graphql-jit wraps a resolver's error without its `extensions` (the error code), and makes its own
 * errors read-only (graphql-armor rewrites messages). Remade the graphql-js way, every error reaches
 * the plugins and formatError exactly as before.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (error.originalError) return locatedError(error.originalError, error.nodes, error.path);
  return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: error.extensions });
}

/** Coerced variable values written back as a caller would send them (enum names, serialized scalars). */
function asJson(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  coerced: Record<string, unknown>,
): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    if (!(name in coerced)) continue;
    const type = typeFromAST(schema, definition.type);
    const literal = type && isInputType(type) ? astFromValue(coerced[name], type) : null;
    json[name] = literal ? valueFromASTUntyped(literal) : null;
  }
  return json;
}

/**
 * Runs every operation compiled by graphql-jit instead of interpreted by graphql-js: the same schema
 * and resolvers (TypeGraphQL's authChecker and validation included), several times faster per field.
 * Apollo still parses, validates (graphql-armor's limits), formats errors and sets statuses: only the
 * execute step changes. Handed to Apollo as its "gateway", the one hook Apollo offers for its executor.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  // Apollo keeps one parsed DocumentNode per distinct query text, so the node itself is the key.
  const compiled = new Map<DocumentNode, Map<string | null, CompiledQuery | ExecutionResult>>();

  function compile(document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      if (compiled.size >= MAX_COMPILED_OPERATIONS) compiled.delete(compiled.keys().next().value as DocumentNode);
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    let query = byOperation.get(operationName);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      byOperation.set(operationName, query);
    }
    return query;
  }

  const executor: Executor = async (request) => {
    const query = compile(request.document, request.operationName);
    if (!isCompiledQuery(query)) return query;
    // Variables are coerced by graphql-js: its refusals are the ones Apollo recognises as the caller's
    // mistake (400 BAD_USER_INPUT), and its defaults are the schema's (graphql-jit refuses a missing
    // `$x: T! = default` or input field with a default). graphql-jit gets them back as JSON.
    let variables = request.request.variables ?? {};
    const definitions = request.operation.variableDefinitions ?? [];
    if (definitions.length) {
      const coerced = getVariableValues(schema, definitions, variables, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
      variables = asJson(schema, definitions, coerced.coerced);
    }
    const result = await query.query(undefined, request.context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}
