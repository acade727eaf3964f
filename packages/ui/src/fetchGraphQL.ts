/** A GraphQL error as it comes over the wire. */
export interface WireGraphQLError {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/** What a first page learns from one request: the data and the API's errors, or that the API was not reached or answered oddly. */
export type FetchedAnswer<Data> =
  { kind: 'answered'; data: Data | null; errors: WireGraphQLError[] } | { kind: 'unreachable' } | { kind: 'unexpected' };

/**
 * One GraphQL request without Apollo: the first page a visitor opens (sign-in) loads before the
 * GraphQL client, so it talks to the API with the browser's own `fetch`, same origin, with the
 * portal's headers (the API's CSRF prevention wants them).
 */
export async function fetchGraphQL<Data>(
  headers: Readonly<Record<string, string>>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<FetchedAnswer<Data>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    return { kind: 'unreachable' };
  }
  try {
    const answer = (await response.json()) as { data?: Data | null; errors?: WireGraphQLError[] };
    return { kind: 'answered', data: answer.data ?? null, errors: answer.errors ?? [] };
  } catch {
    return { kind: 'unexpected' };
  }
}
