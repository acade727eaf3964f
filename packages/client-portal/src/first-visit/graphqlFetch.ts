import { GRAPHQL_PATH, portalRequestHeaders } from '../app/apiRequest';
import { toApiError, type ApiError, type WireGraphQLError } from '../app/apiErrorMessages';

/** What the first page learns from one request: the data, the API's errors, or that the API was not reached. */
export type FetchedAnswer<Data> =
  { kind: 'answered'; data: Data | null; errors: ApiError[] } | { kind: 'unreachable' } | { kind: 'unexpected' };

/**
 * One GraphQL request without Apollo: the first page a visitor opens (sign-in) loads before the
 * GraphQL client, so it talks to the API with the browser's own `fetch`, with the same headers.
 */
export async function fetchGraphQL<Data>(query: string, variables?: Record<string, unknown>): Promise<FetchedAnswer<Data>> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...portalRequestHeaders },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    return { kind: 'unreachable' };
  }
  try {
    const answer = (await response.json()) as { data?: Data | null; errors?: WireGraphQLError[] };
    return { kind: 'answered', data: answer.data ?? null, errors: (answer.errors ?? []).map(toApiError) };
  } catch {
    return { kind: 'unexpected' };
  }
}
