import {
  CLIENT_PASSWORD,
  CLIENT_SIGN_IN,
  portalClient,
  startPortalTestApp,
  stopPortalTestApp,
} from '../test-support/client-portal-fixtures';
import { GraphQLTestClient } from '../test-support/graphql-client';
import { freePort, sharedStorageEnv, startServerProcess, type ServerProcess } from '../test-support/server-process';
import { TEST_PASSWORD, type TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';

// The server under test is a real process writing its log to stdout, as an operator sees it; an
// in-process test app prepares its database (staff, a client with a password).
let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient & { staffUserId?: number };
let server: ServerProcess;
let portalUser: Record<string, any>;

/** A browser talking to the server process, carrying the cookies another one got. */
function browserOf(source: GraphQLTestClient | null): GraphQLTestClient {
  const browser = new GraphQLTestClient(server.url);
  if (source) browser.cookies = new Map(source.cookies);
  return browser;
}

const completedLine = (requestId: string) => server.waitForLine((line) => line.reqId === requestId && line.msg === 'request completed');

beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
  portalUser = await portalClient(test, admin, mailbox);
  server = await startServerProcess({ ...sharedStorageEnv(test.config), LOG_LEVEL: 'info' });
}, 90_000);
afterAll(async () => {
  await server?.kill();
  await stopPortalTestApp(test, mailbox);
});

describe('the request log', () => {
  it('writes one JSON line per request with its id, operation, viewer, status and duration', async () => {
    const staff = await test.signedInStaff();
    const response = await browserOf(staff).request('query StaffHome { viewer { id } }', {}, { 'x-request-id': 'lb-7f3a-0001' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a-0001');

    const line = await completedLine('lb-7f3a-0001');
    expect(line).toMatchObject({
      level: 'info',
      operationName: 'StaffHome',
      operationType: 'query',
      viewer: { kind: 'staff', id: staff.staffUserId },
      req: { method: 'POST', path: '/graphql', remoteAddress: '127.0.0.1' },
      res: { statusCode: 200 },
    });
    expect(typeof line.responseTime).toBe('number');
    expect(typeof line.time).toBe('string');
  });

  it('makes a request id when none or a malformed one comes in, and returns it to the caller', async () => {
    const none = await browserOf(null).request('query Anonymous { viewer { id } }');
    const malformed = await browserOf(null).request('query Anonymous { viewer { id } }', {}, { 'x-request-id': `${'x'.repeat(300)}` });
    for (const response of [none, malformed]) {
      const id = response.headers.get('x-request-id') ?? '';
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await completedLine(id)).toMatchObject({ operationName: 'Anonymous', res: { statusCode: 200 } });
    }
  });

  it('names the client behind a Client Portal request', async () => {
    const browser = browserOf(null);
    await browser.data(CLIENT_SIGN_IN, { u: portalUser.username, p: CLIENT_PASSWORD });
    const response = await browser.request('query Profile { clientViewer { username } }', {}, { 'x-request-id': 'client-profile-1' });
    expect(response.status).toBe(200);
    expect(await completedLine('client-profile-1')).toMatchObject({
      operationName: 'Profile',
      viewer: { kind: 'client', id: Number(portalUser.id) },
    });
  });

  it('never writes passwords, session cookies or authorization headers', async () => {
    const staff = browserOf(null);
    const username = (await test.app.database.dataSource.query('SELECT username FROM staff_users ORDER BY id DESC'))[0].username;
    await staff.request(
      'mutation SignIn($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
      { u: username, p: TEST_PASSWORD },
      { authorization: 'Bearer very-secret-bearer', 'x-request-id': 'sign-in-secret-1' },
    );
    await browserOf(null).request(
      CLIENT_SIGN_IN,
      { u: portalUser.username, p: 'a wrong password 1' },
      { 'x-request-id': 'sign-in-secret-2' },
    );
    await staff.request('query StaffHome { viewer { id } }', {}, { 'x-request-id': 'sign-in-secret-3' });
    await completedLine('sign-in-secret-3');

    const written = server.output();
    const sessionCookie = [...staff.cookies.values()][0];
    expect(sessionCookie).toBeTruthy();
    for (const secret of [TEST_PASSWORD, CLIENT_PASSWORD, 'a wrong password 1', 'very-secret-bearer', sessionCookie]) {
      expect(written).not.toContain(secret);
    }
  });

  it('logs an unexpected error with its stack under the request id, and answers the caller generically', async () => {
    const staff = browserOf(await test.signedInStaff());
    const { dataSource } = test.app.database;
    await dataSource.query('ALTER TABLE audit_events RENAME TO audit_events_away');
    try {
      const response = await staff.request('query AuditLog { auditEvents(first: 5) { id } }', {}, { 'x-request-id': 'broken-table-1' });
      expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response.errors)).not.toMatch(/audit_events|stack|at \w+ \(/);
    } finally {
      await dataSource.query('ALTER TABLE audit_events_away RENAME TO audit_events');
    }
    const logged = await server.waitForLine((line) => line.reqId === 'broken-table-1' && line.msg === 'Unexpected error');
    expect(logged.level).toBe('error');
    expect(String(logged.err?.stack)).toMatch(/audit_events[\s\S]*\n\s+at /);
    expect(await completedLine('broken-table-1')).toMatchObject({ operationName: 'AuditLog' });
  });

  it('leaves request lines out at LOG_LEVEL=warn', async () => {
    const port = await freePort();
    const quiet = await startServerProcess({ ...sharedStorageEnv(test.config), LOG_LEVEL: 'warn', PORT: String(port) });
    try {
      const response = await new GraphQLTestClient(quiet.url).request('query Quiet { viewer { id } }', {}, { 'x-request-id': 'quiet-1' });
      expect(response.headers.get('x-request-id')).toBe('quiet-1');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(quiet.lines.filter((line) => line.level === 'info')).toEqual([]);
    } finally {
      await quiet.kill();
    }
  }, 60_000);
});
