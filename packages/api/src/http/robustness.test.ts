import { CLIENT_PASSWORD, CLIENT_SIGN_IN, enablePortal2, portalClient } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { multipartBody, rawRequest, type RawAnswer } from '../test-support/raw-http';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import { startTestApp, type TestApp } from '../test-support/test-app';

/**
 * No single request, however malformed, may stop the process or leak its internals. A corpus of
 * broken requests is sent to every route; after each one the server must still answer, with a
 * status below 500 (a caller's mistake) and never a stack trace.
 */

let test: TestApp;
let mailbox: TestMailbox;
let portal: GraphQLTestClient;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl, SECURE_COOKIES: 'true' });
  const admin = await test.signedInStaff();
  await enablePortal2(admin);
  const client = await portalClient(test, admin, mailbox);
  portal = test.anonymous();
  await portal.data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

const json = { 'content-type': 'application/json' };
const upload = () => ({ cookie: portal.cookieHeader(), 'x-portico-upload': '1' });
const cut = multipartBody({ name: 'cut.txt', content: 'a'.repeat(5000) }, { cutShort: true });
const whole = multipartBody({ name: 'whole.txt', content: 'hello' });

// Built when a test runs: some entries carry the signed-in client's cookie.
const corpus: Array<[string, () => Parameters<typeof rawRequest>[1]]> = [
  ['invalid JSON', () => ({ path: '/graphql', headers: json, body: '{"query": "{ __typename' })],
  [
    'invalid UTF-8 in JSON',
    () => ({
      path: '/graphql',
      headers: json,
      body: Buffer.concat([
        Buffer.from('{"query":"{ __typename }","variables":{"x":"'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('"}}'),
      ]),
    }),
  ],
  ['a query that is not a string', () => ({ path: '/graphql', headers: json, body: '{"query": {"nested": true}}' })],
  [
    'variables that are not an object',
    () => ({ path: '/graphql', headers: json, body: '{"query": "{ __typename }", "variables": [1, 2]}' }),
  ],
  [
    'a batch of operations',
    () => ({ path: '/graphql', headers: json, body: '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]' }),
  ],
  [
    'JSON nested ten thousand deep',
    () => ({
      path: '/graphql',
      headers: json,
      body: `{"query":"{ __typename }","variables":{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`,
    }),
  ],
  [
    'a body longer than announced is cut',
    () => ({ path: '/graphql', headers: { ...json, 'content-length': '10' }, body: '{"query": "{ __typename }"}' }),
  ],
  [
    'a stray % in a cookie',
    () => ({
      path: '/graphql',
      headers: { ...json, cookie: 'portico_staff=%; portico_client=%E0%A4%A' },
      body: '{"query": "{ viewer { id } clientViewer { name } }"}',
    }),
  ],
  [
    'a cookie header of garbage',
    () => ({ path: '/graphql', headers: { ...json, cookie: '=;;==;portico_staff' }, body: '{"query": "{ viewer { id } }"}' }),
  ],
  ['a huge header', () => ({ path: '/graphql', headers: { ...json, 'x-junk': 'j'.repeat(40_000) }, body: '{"query": "{ __typename }"}' })],
  [
    'a GET with a broken query string',
    () => ({ method: 'GET', path: '/graphql?query=%E0%A4%A&variables=%', headers: { accept: 'application/json' } }),
  ],
  ['a path with a stray %', () => ({ method: 'GET', path: '/%E0%A4%A' })],
  ['a path with a stray % under the portal', () => ({ method: 'GET', path: '/portal/%' })],
  ['a file id that is not a number', () => ({ method: 'GET', path: '/files/abc', headers: { cookie: portal.cookieHeader() } })],
  [
    'a file id too large for any table',
    () => ({ method: 'GET', path: '/files/99999999999999999999999', headers: { cookie: portal.cookieHeader() } }),
  ],
  ['a file id with a stray %', () => ({ method: 'GET', path: '/files/%', headers: { cookie: portal.cookieHeader() } })],
  [
    'an upload without a session',
    () => ({ path: '/files', headers: { 'x-portico-upload': '1', 'content-type': whole.contentType }, body: whole.body }),
  ],
  [
    'an upload cut before its boundary',
    () => ({ path: '/files?role=SOURCE', headers: { ...upload(), 'content-type': cut.contentType }, body: cut.body }),
  ],
  [
    'an upload with another boundary',
    () => ({
      path: '/files?role=SOURCE',
      headers: { ...upload(), 'content-type': 'multipart/form-data; boundary=nope' },
      body: whole.body,
    }),
  ],
  [
    'an upload with two files',
    () => ({
      path: '/files?role=SOURCE',
      headers: { ...upload(), 'content-type': whole.contentType },
      body: Buffer.concat([whole.body.subarray(0, whole.body.length - 4), Buffer.from('\r\n'), whole.body]),
    }),
  ],
  [
    'an upload with an unknown role',
    () => ({ path: '/files?role=%00', headers: { ...upload(), 'content-type': whole.contentType }, body: whole.body }),
  ],
  [
    'an upload dropped mid-way',
    () => ({ path: '/files?role=SOURCE', headers: { ...upload(), 'content-type': cut.contentType }, body: cut.body, abortAfterBytes: 100 }),
  ],
  [
    'an upload body shorter than announced',
    () => ({
      path: '/files?role=SOURCE',
      headers: { ...upload(), 'content-type': whole.contentType },
      body: whole.body.subarray(0, 30),
      endAfterBody: false,
    }),
  ],
];

function expectNoInternals(answer: RawAnswer): void {
  expect(answer.body).not.toMatch(/\bat [\w.<>]+ \(|node_modules|stacktrace/i);
}

describe('a corpus of broken requests', () => {
  it.each(corpus)('%s: answered below 500, without internals, and the server keeps serving', async (_name, request) => {
    const answer = await rawRequest(test.app.url, request());
    if (answer.status !== 0) expect(answer.status).toBeLessThan(500);
    expectNoInternals(answer);
    const after = await rawRequest(test.app.url, { path: '/graphql', headers: json, body: '{"query":"{ __typename }"}' });
    expect(answer.status === 0 || after.status === 200).toBe(true);
    expect(JSON.parse(after.body).data.__typename).toBe('Query');
  });

  it('treats a malformed session cookie as no session, not as an error', async () => {
    const answer = await rawRequest(test.app.url, {
      path: '/graphql',
      headers: { ...json, cookie: 'portico_staff=%zz' },
      body: '{"query": "{ viewer { id } }"}',
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { viewer: null } });
  });
});

describe('security headers', () => {
  it('go with every response: a CSP without inline scripts that forbids framing, no referrer, HSTS behind HTTPS', async () => {
    for (const path of ['/graphql', '/', '/portal/', '/files/1']) {
      const answer = await fetch(`${test.app.url}${path}`, { headers: { accept: 'text/html' } });
      const policy = answer.headers.get('content-security-policy') ?? '';
      expect(policy).toMatch(/script-src 'self'(;|$)|default-src 'none'/);
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      if (path !== '/files/1') expect(policy).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
