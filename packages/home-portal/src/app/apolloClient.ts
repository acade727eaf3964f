import { ErrorCode } from '@portico/domain';
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { clientsFieldPolicy } from '../clients/clientsFieldPolicy';
import { ViewerDocument } from '../auth/viewer.generated';
import { hasErrorCode } from './graphqlErrors';
import { newestFirstListFieldPolicy } from './newestFirstList';
import { portalRequestHeaders } from './apiRequest';

/** The cache with the field policies of every feature; tests build theirs with it too. */
export function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          clients: clientsFieldPolicy,
          outboxLetters: newestFirstListFieldPolicy(['clientId']),
          projects: newestFirstListFieldPolicy(['clientId', 'status', 'search']),
          quotes: newestFirstListFieldPolicy(['clientId', 'status']),
          clientRequests: newestFirstListFieldPolicy(['clientId', 'status']),
          feedbackList: newestFirstListFieldPolicy(['clientId', 'unansweredOnly']),
        },
      },
      // One configuration for the whole installation, without an id: every answer updates the same entry.
      ClientPortalSettings: { keyFields: [] },
    },
  });
}

/**
 * When the session ends (it expired, or the staff member signed out in another tab) the API answers
 * UNAUTHENTICATED; forgetting the viewer brings the sign-in page back instead of a broken screen.
 */
export const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (CombinedGraphQLErrors.is(error) && hasErrorCode(error, ErrorCode.UNAUTHENTICATED)) {
    operation.client.cache.writeQuery({ query: ViewerDocument, data: { viewer: null } });
  }
});

const httpLink = new HttpLink({
  uri: '/graphql',
  // The session is an httpOnly cookie set by the same origin that serves this app.
  credentials: 'same-origin',
  headers: portalRequestHeaders,
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionEndedLink, httpLink]),
    cache: createApolloCache(),
  });
}
