/** A small GraphQL caller with its own cookie jar, for setting the scene beside what the browser does. */
export class Api {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  async call<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      this.cookies.set(name.trim(), value.join('='));
    }
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  static async signedIn(baseUrl: string, username: string, password: string): Promise<Api> {
    const api = new Api(baseUrl);
    await api.call('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }', { u: username, p: password });
    return api;
  }
}

/**
 * The portal link of the newest outbox letter to `recipient` (without SMTP letters stay in the
 * outbox; their link's secret is minted only when staff reveal it).
 */
export async function linkFromOutbox(staff: Api, recipient: string): Promise<string> {
  const { outboxLetters } = await staff.call<{ outboxLetters: Array<{ id: string; recipient: string; hasLink: boolean }> }>(
    '{ outboxLetters(first: 20) { id recipient hasLink } }',
  );
  const letter = outboxLetters.find((candidate) => candidate.recipient === recipient && candidate.hasLink);
  if (!letter) throw new Error(`No letter with a link to ${recipient}`);
  const { revealLetterLink } = await staff.call<{ revealLetterLink: string }>('mutation($id: ID!) { revealLetterLink(id: $id) }', {
    id: letter.id,
  });
  return revealLetterLink;
}
