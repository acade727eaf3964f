import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../auth/context';
import { errorCodeLabel, graphqlErrors } from './metrics';
import { noteRequestFacts } from './request-facts';

/**
 * Tells the request log and the metrics which GraphQL operation a request ran, and counts the
 * errors of every answer by their final `extensions.code` (after formatError hid unexpected ones).
 */
export const observeOperations: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ operationName, operation, contextValue }) {
        if (operation) noteRequestFacts(contextValue.req, { operationName, operationType: operation.operation });
        return Promise.resolve();
      },
      willSendResponse({ response }) {
        if (response.body.kind === 'single') {
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            graphqlErrors.inc({ code: typeof code === 'string' ? errorCodeLabel(code) : 'NONE' });
          }
        }
        return Promise.resolve();
      },
    });
  },
};
