import type { ApolloCache } from '@apollo/client';
import { ClientViewerDocument } from '../gql/graphql';

/**
 * Forgets everything the cache learnt as the signed-in client (the branding stays: it is public),
 * and records that nobody is signed in, which sends the screens to their signed-out state.
 */
export function forgetSession(cache: ApolloCache): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: (value: unknown, { fieldName, DELETE }) => (fieldName === 'clientPortalBranding' ? value : DELETE),
  });
  cache.writeQuery({ query: ClientViewerDocument, data: { clientViewer: null } });
  cache.gc();
}
