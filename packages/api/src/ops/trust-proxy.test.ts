import { startApp, type RunningApp } from '../app';
import { loadConfig } from '../config';
import { GraphQLTestClient } from '../test-support/graphql-client';
import { sharedStorageEnv } from '../test-support/server-process';
import { startTestApp, type TestApp } from '../test-support/test-app';

let test: TestApp;
let admin: GraphQLTestClient;
const behind: Record<string, RunningApp> = {};

/** Another process on the same database, configured with TRUST_PROXY as given. */
async function appTrusting(trustProxy: string): Promise<RunningApp> {
  const config = loadConfig({ PORT: '1', LOG_LEVEL: 'warn', ...sharedStorageEnv(test.config), TRUST_PROXY: trustProxy });
  config.port = 0;
  return startApp(config);
}

beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
  behind.hops = await appTrusting('1');
  behind.subnet = await appTrusting('10.0.0.0/8, fd00::/8');
});
afterAll(async () => {
  await Promise.all(Object.values(behind).map((app) => app.stop()));
  await test.stop();
});

/** The address a wrong-password sign-in through `app` is recorded with, when it arrives with this X-Forwarded-For. */
async function recordedAddress(app: { url: string }, forwardedFor: string): Promise<string> {
  const staff = await test.signedInStaff();
  const username = (await staff.data('{ viewer { username } }')).viewer.username;
  await new GraphQLTestClient(app.url).request(
    'mutation($u: String!) { signIn(username: $u, password: "not the password") { id } }',
    { u: username },
    { 'x-forwarded-for': forwardedFor },
  );
  const { staffSignInAttempts } = await admin.data('query($id: ID!) { staffSignInAttempts(staffUserId: $id) { ipAddress outcome } }', {
    id: staff.staffUserId,
  });
  const wrong = staffSignInAttempts.find((attempt: { outcome: string }) => attempt.outcome === 'WRONG_PASSWORD');
  return wrong.ipAddress;
}

describe('TRUST_PROXY', () => {
  it('by default believes a proxy on the same machine (loopback) about the client address', async () => {
    expect(await recordedAddress(test.app, '203.0.113.9')).toBe('203.0.113.9');
  });

  it('with a hop count takes the address that many proxies back, not the one the caller claims', async () => {
    // The caller claims 192.0.2.66; the one trusted proxy saw the connection come from 198.51.100.7.
    expect(await recordedAddress(behind.hops, '192.0.2.66, 198.51.100.7')).toBe('198.51.100.7');
  });

  it('with a list believes only proxies at those addresses: a forwarded address from elsewhere is ignored', async () => {
    expect(await recordedAddress(behind.subnet, '203.0.113.9')).toBe('127.0.0.1');
  });

  it('refuses to trust every sender, and names what it accepts', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/hop count or a comma-separated list/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
  });
});
