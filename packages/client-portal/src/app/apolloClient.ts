import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { ClientViewerDocument } from '../gql/graphql';
import { GRAPHQL_PATH, portalRequestHeaders } from './apiRequest';

/**
 * The cache of the Client Portal. The signed-in client and the branding exist once per browser tab, so
 * they are singletons: a mutation that returns the client (sign-in, saving preferences) updates every
 * screen that shows it.
 */
export function createPortalCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      ClientViewer: { keyFields: [] },
      ClientPortalBranding: { keyFields: [] },
      FormatPreferences: { merge: true },
      SignInAsPartnerInfo: { merge: true },
      // A project and a request may share an id: a file's record is known by both.
      WorkRecordRef: { keyFields: ['kind', 'id'] },
    },
  });
}

/**
 * When the API says the session is gone (expired, ended elsewhere, access withdrawn), the portal
 * forgets the client at once, which sends the tab to the sign-in page. A refused sign-in is
 * UNAUTHENTICATED too, but there was no session to forget.
 */
export function sessionEndedLink(cache: InMemoryCache): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'ClientSignIn') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: ClientViewerDocument, data: { clientViewer: null } });
    }
  });
}

/** The GraphQL client of the Client Portal: same-origin `/graphql`, session in an httpOnly cookie. */
export function createApolloClient(): ApolloClient {
  const cache = createPortalCache();
  return new ApolloClient({
    link: ApolloLink.from([
      sessionEndedLink(cache),
      new HttpLink({
        uri: GRAPHQL_PATH,
        credentials: 'same-origin',
        headers: portalRequestHeaders,
      }),
    ]),
    cache,
  });
}
