import { startTestApp, type TestApp } from './test-support/test-app';
import type { GraphQLTestClient } from './test-support/graphql-client';

let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
});
afterAll(() => test.stop());

describe('HTTP hardening', () => {
  it('refuses a query whose estimated cost is too high with 400', async () => {
    const heavy = `{ ${Array.from({ length: 14 }, (_, index) => `a${index}: clients(first: 100) { nodes { id username name email status effectiveAccess { canSignIn explanation deniedReasons group { id name accessAllowed rights { area actions } } rights { area actions } } partnerAliases { id tool externalUsername } } }`).join(' ')} }`;
    const result = await admin.request(heavy);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toMatch(/cost/i);
  });

  it('refuses a query with too many tokens with 400', async () => {
    const long = `{ viewer { ${Array.from({ length: 2100 }, () => 'id').join(' ')} } }`;
    const result = await admin.request(long);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toMatch(/token/i);
  });

  it('refuses too many aliases with 400', async () => {
    const abusive = `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: viewer { id }`).join(' ')} }`;
    const result = await admin.request(abusive);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a body larger than the limit with 413 and a short JSON error', async () => {
    const response = await fetch(`${test.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { id } }`, variables: { padding: 'x'.repeat(400 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(/);
  });

  it('grants no CORS access to foreign origins and refuses simple cross-site POSTs (CSRF)', async () => {
    const preflight = await fetch(`${test.app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const simplePost = await fetch(`${test.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: admin.cookieHeader() },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(simplePost.status).toBeGreaterThanOrEqual(400);
    expect((await admin.data('{ viewer { id } }')).viewer).not.toBeNull();
  });

  it('answers a syntax error with 400 and no stack trace', async () => {
    const result = await admin.request('{ clients(first: ');
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace/);
  });
});

describe('the GraphQL playground', () => {
  it('is served at /graphql to browsers, with its scripts from this server (works offline)', async () => {
    const page = await fetch(`${test.app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      expect(source.startsWith('/')).toBe(true);
      const asset = await fetch(`${test.app.url}${source}`);
      expect(asset.status).toBe(200);
    }
  });
});
