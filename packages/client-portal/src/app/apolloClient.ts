import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The GraphQL client of the Client Portal: same-origin `/graphql`, session in an httpOnly cookie. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      // The API's CSRF prevention only accepts requests a browser could not send cross-site without a preflight.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache(),
  });
}
