export interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** A browser-like GraphQL caller: same cookie jar across requests, JSON over HTTP. */
export class GraphQLTestClient {
  cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader(), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    this.keepCookies(response.headers);
    const body = (await response.json()) as { data?: T; errors?: GraphQLErrorBody[] };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  }

  /** The data of a request expected to succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  /** The first error of a request expected to fail. */
  async error(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLErrorBody> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      const expired = /max-age=0|expires=Thu, 01 Jan 1970/i.test(line);
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
  }
}
