import type { FieldPolicy, Reference } from '@apollo/client';

interface CachedClientConnection {
  nodes: readonly Reference[];
  [field: string]: unknown;
}

/**
 * `Query.clients` pages: one cache entry per filter and sort order; a page fetched with `after`
 * is appended to the ones before it, a first page replaces them.
 */
export const clientsFieldPolicy: FieldPolicy<CachedClientConnection> = {
  keyArgs: ['filter', ['search', 'status', 'groupId'], 'sortBy', 'sortDirection'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
  },
};
