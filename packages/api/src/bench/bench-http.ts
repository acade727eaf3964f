import http from 'node:http';
import zlib from 'node:zlib';

/**
 * A GraphQL caller for the benches: node:http over keep-alive connections (cheaper per request than
 * fetch, so the numbers are the server's), sending what a browser sends. A request on a kept-alive
 * connection the server has just closed fails with ECONNRESET before any answer; it is sent once
 * more on a fresh connection, as browsers do.
 */
export class BenchClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly url: URL;

  constructor(
    baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {
    this.url = new URL('/graphql', baseUrl);
  }

  /** The parsed answer; throws when it carries errors. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const answer = await this.post(JSON.stringify({ query, variables }), headers);
    const body = JSON.parse(answer.body) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  /** The raw answer, with its Set-Cookie lines. */
  async post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; cookies: string[] }> {
    try {
      return await this.once(body, headers);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ECONNRESET' && code !== 'EPIPE') throw error;
      return this.once(body, headers);
    }
  }

  close(): void {
    this.agent.destroy();
  }

  private once(body: string, headers: Record<string, string>): Promise<{ status: number; body: string; cookies: string[] }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'apollo-require-preflight': 'true',
            ...this.headers,
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const raw = Buffer.concat(chunks);
            const encoding = response.headers['content-encoding'];
            // As a browser does: a compressed answer is unpacked before it is read.
            const answer = encoding === 'br' ? zlib.brotliDecompressSync(raw) : encoding === 'gzip' ? zlib.gunzipSync(raw) : raw;
            resolve({
              status: response.statusCode ?? 0,
              body: answer.toString('utf8'),
              cookies: response.headers['set-cookie'] ?? [],
            });
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }
}

/** The `name=value` of a Set-Cookie line. */
export function cookieOf(setCookie: string[], name: string): string {
  const line = setCookie.find((candidate) => candidate.startsWith(`${name}=`));
  if (!line) throw new Error(`No ${name} cookie was set`);
  return line.split(';')[0];
}
