import http from 'node:http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request written byte by byte, for bodies no well-behaved client would send: cut short,
 * malformed, or with the connection dropped after `abortAfterBytes`. Resolves with the answer, or
 * with status 0 when the server (rightly) closed the connection without one.
 */
export function rawRequest(
  baseUrl: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    abortAfterBytes?: number;
    endAfterBody?: boolean;
  },
): Promise<RawAnswer> {
  const url = new URL(options.path, baseUrl);
  const body = typeof options.body === 'string' ? Buffer.from(options.body) : (options.body ?? Buffer.alloc(0));
  return new Promise((resolve) => {
    const request = http.request(
      url,
      { method: options.method ?? 'POST', headers: { 'content-length': String(body.length), ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    if (options.abortAfterBytes !== undefined) {
      request.write(body.subarray(0, options.abortAfterBytes));
      setTimeout(() => {
        request.destroy();
        resolve({ status: 0, headers: {}, body: '' });
      }, 100);
      return;
    }
    if (options.endAfterBody === false) {
      // The body is shorter than its Content-Length: the connection stays open without the rest.
      request.write(body);
      setTimeout(() => request.destroy(), 300);
      return;
    }
    request.end(body);
  });
}

/** A multipart/form-data body with one file field, optionally cut off before its closing boundary. */
export function multipartBody(
  file: { name: string; content: Buffer | string; type?: string },
  options: { boundary?: string; cutShort?: boolean } = {},
): { body: Buffer; contentType: string } {
  const boundary = options.boundary ?? `----portico${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
  return {
    body: Buffer.concat(options.cutShort ? [head, content] : [head, content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
