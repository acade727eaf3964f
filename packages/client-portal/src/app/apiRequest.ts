/** Where the API answers GraphQL: same origin, the session in an httpOnly cookie. */
export const GRAPHQL_PATH = '/graphql';

/** The API's CSRF prevention only accepts requests a browser could not send cross-site without a preflight. */
export const portalRequestHeaders = { 'apollo-require-preflight': 'true', 'x-portico-portal': 'client' } as const;
