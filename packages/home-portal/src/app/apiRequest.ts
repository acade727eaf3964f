/** The API's CSRF prevention only accepts requests a browser could not send cross-site without a preflight. */
export const portalRequestHeaders = { 'apollo-require-preflight': 'true', 'x-portico-portal': 'home' } as const;
