import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startApp } from '../app';
import { loadConfig } from '../config';
import {
  CLIENT_PASSWORD,
  portalClient,
  signedInClient,
  startPortalTestApp,
  stopPortalTestApp,
} from '../test-support/client-portal-fixtures';
import { saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { TEST_PASSWORD, startTestApp, throwawayDatabase, type TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { currentTotpCode } from './totp';

const SECRETS_KEY = randomBytes(32).toString('base64');
const STEP_MS = 30_000;

const CLIENT_SIGN_IN = 'mutation($u: String!, $p: String!) { clientSignIn(username: $u, password: $p) { username } }';
const CLIENT_CODE =
  'mutation($c: String!, $code: String!) { clientSignInWithSecondFactor(challenge: $c, code: $code) { username twoFactorEnabled } }';
const CLIENT_START = 'mutation($c: String) { startClientTwoFactorEnrolment(challenge: $c) { secret otpauthUri qrCodeSvg } }';
const CLIENT_CONFIRM =
  'mutation($code: String!, $c: String) { confirmClientTwoFactorEnrolment(code: $code, challenge: $c) { recoveryCodes viewer { username twoFactorEnabled twoFactorRequired } } }';
const CLIENT_REMOVE = 'mutation($code: String!) { removeClientTwoFactor(code: $code) }';
const STAFF_SIGN_IN = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }';
const STAFF_CODE = 'mutation($c: String!, $code: String!) { signInWithSecondFactor(challenge: $c, code: $code) { id username } }';
const STAFF_START = 'mutation($c: String) { startTwoFactorEnrolment(challenge: $c) { secret otpauthUri qrCodeSvg } }';
const STAFF_CONFIRM =
  'mutation($code: String!, $c: String) { confirmTwoFactorEnrolment(code: $code, challenge: $c) { recoveryCodes viewer { id twoFactorEnabled signedInWithSecondFactor } } }';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;

beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp({
    SECRETS_KEY,
    SIGN_IN_MAX_FAILURES: '5',
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: '1000',
  }));
});
afterAll(() => stopPortalTestApp(test, mailbox));

/** The password step of a client whose sign-in needs a second factor: the challenge from SECOND_FACTOR_REQUIRED. */
async function clientChallengeOf(app: TestApp, username: string) {
  return clientChallenge(app.anonymous(), username);
}

async function clientChallenge(browser: GraphQLTestClient, username: string, password = CLIENT_PASSWORD) {
  const refusal = await browser.error(CLIENT_SIGN_IN, { u: username, p: password });
  expect(refusal.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
  return refusal.extensions as { challenge: string; enrolmentRequired: boolean; expiresAt: string };
}

/** A client with a confirmed authenticator app; returns its secret and recovery codes. */
function enrolledClient() {
  return enrolledClientOf({ test, mailbox, admin });
}

async function enrolledClientOf(app: { test: TestApp; mailbox: TestMailbox; admin: GraphQLTestClient }) {
  const client = await portalClient(app.test, app.admin, app.mailbox);
  const browser = await signedInClient(app.test, client);
  const { startClientTwoFactorEnrolment: start } = await browser.data(CLIENT_START);
  const { confirmClientTwoFactorEnrolment: confirmed } = await browser.data(CLIENT_CONFIRM, { code: currentTotpCode(start.secret) });
  return { client, browser, secret: start.secret as string, recoveryCodes: confirmed.recoveryCodes as string[] };
}

describe('two-factor sign-in (TOTP) for clients', () => {
  it('enrols with a QR code and the secret, confirmed by one code, and shows ten recovery codes once', async () => {
    const client = await portalClient(test, admin, mailbox);
    const browser = await signedInClient(test, client);
    expect((await browser.data('{ clientViewer { twoFactorEnabled twoFactorRequired } }')).clientViewer).toEqual({
      twoFactorEnabled: false,
      twoFactorRequired: false,
    });
    const { startClientTwoFactorEnrolment: start } = await browser.data(CLIENT_START);
    expect(start.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(start.otpauthUri).toContain(`secret=${start.secret}`);
    expect(start.otpauthUri).toContain(encodeURIComponent(client.username));
    expect(start.qrCodeSvg).toMatch(/^<svg/);
    const wrong = await browser.error(CLIENT_CONFIRM, { code: '000000' === currentTotpCode(start.secret) ? '111111' : '000000' });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_INVALID' });
    const { confirmClientTwoFactorEnrolment: confirmed } = await browser.data(CLIENT_CONFIRM, { code: currentTotpCode(start.secret) });
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    expect(confirmed.viewer.twoFactorEnabled).toBe(true);
    // Staff see it, and the secret is stored encrypted, never readable through the API.
    const { client: seen } = await admin.data('query($id: ID!) { client(id: $id) { twoFactorEnabled } }', { id: client.id });
    expect(seen.twoFactorEnabled).toBe(true);
    const schema = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    for (const secretField of ['secretCiphertext', 'codeHash', 'lastUsedTimeStep', 'tokenHash']) expect(schema).not.toContain(secretField);
    const rows: Array<{ secretCiphertext: string }> = await test.app.database.dataSource.query(
      'SELECT secretCiphertext FROM two_factor_enrolments',
    );
    expect(rows.map((row) => row.secretCiphertext).join()).not.toContain(start.secret);
  });

  it('signs in in two steps; the code works once (replay refused) and a wrong code leaves the challenge usable', async () => {
    const { client, secret } = await enrolledClient();
    const browser = test.anonymous();
    const first = await clientChallenge(browser, client.username);
    expect(first.enrolmentRequired).toBe(false);
    // No session yet: the password step alone opens nothing.
    expect((await browser.data('{ clientViewer { username } }')).clientViewer).toBeNull();
    const wrong = await browser.error(CLIENT_CODE, { c: first.challenge, code: '12345x' });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_INVALID' });
    // The enrolment used the current step; the next sign-in takes the next one (inside the window).
    const code = currentTotpCode(secret, Date.now() + STEP_MS);
    const { clientSignInWithSecondFactor: viewer } = await browser.data(CLIENT_CODE, { c: first.challenge, code });
    expect(viewer).toEqual({ username: client.username, twoFactorEnabled: true });
    expect((await browser.data('{ clientViewer { username } }')).clientViewer.username).toBe(client.username);
    // The challenge is used up, and the same code never works again.
    expect((await test.anonymous().error(CLIENT_CODE, { c: first.challenge, code })).extensions?.reason).toBe('CHALLENGE_INVALID');
    const second = await clientChallenge(test.anonymous(), client.username);
    expect((await test.anonymous().error(CLIENT_CODE, { c: second.challenge, code })).extensions?.reason).toBe('CODE_INVALID');
    const attempts = await admin.data('query($id: ID!) { clientSignInAttempts(clientId: $id) { outcome } }', { id: client.id });
    expect(attempts.clientSignInAttempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(
      expect.arrayContaining(['SUCCESS', 'WRONG_SECOND_FACTOR']),
    );
  });

  it('counts wrong codes toward the same lock as wrong passwords', async () => {
    const { client, secret } = await enrolledClient();
    const browser = test.anonymous();
    const { challenge } = await clientChallenge(browser, client.username); // one claim of five
    const wrongCode = currentTotpCode(secret, Date.now() + 10 * STEP_MS);
    for (let i = 0; i < 4; i += 1)
      expect((await browser.error(CLIENT_CODE, { c: challenge, code: wrongCode })).extensions?.reason).toBe('CODE_INVALID');
    const locked = await browser.error(CLIENT_CODE, { c: challenge, code: currentTotpCode(secret, Date.now() + STEP_MS) });
    expect(locked.extensions?.code).toBe('RATE_LIMITED');
    expect((await admin.data('query($id: ID!) { client(id: $id) { isLocked } }', { id: client.id })).client.isLocked).toBe(true);
    // The password step refuses like for any locked account.
    expect((await browser.error(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('removes the app only with a current code or a recovery code', async () => {
    const { browser, recoveryCodes } = await enrolledClient();
    expect((await browser.error(CLIENT_REMOVE, { code: 'AAAAA-AAAAA' })).extensions?.reason).toBe('CODE_INVALID');
    expect((await browser.data(CLIENT_REMOVE, { code: recoveryCodes[3] })).removeClientTwoFactor).toBe(true);
    expect((await browser.data('{ clientViewer { twoFactorEnabled } }')).clientViewer.twoFactorEnabled).toBe(false);
    expect((await browser.error(CLIENT_REMOVE, { code: recoveryCodes[4] })).extensions?.reason).toBe('NOT_ENROLLED');
  });

  it('sends a client of a group that requires it through enrolment right after the password step', async () => {
    const { createClientGroup: group } = await admin.data(
      'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id twoFactorRequired } }',
      {
        input: {
          name: `Secure ${Date.now()}`,
          accessAllowed: true,
          rights: [{ area: 'PROJECTS', actions: ['BROWSE'] }],
          twoFactorRequired: true,
        },
      },
    );
    expect(group.twoFactorRequired).toBe(true);
    const client = await portalClient(test, admin, mailbox);
    await saveSystemAccount(admin, client, { assignToStatus: false, groupId: group.id });
    const browser = test.anonymous();
    const { challenge, enrolmentRequired } = await clientChallenge(browser, client.username);
    expect(enrolmentRequired).toBe(true);
    // The enrolment challenge is no code challenge.
    expect((await browser.error(CLIENT_CODE, { c: challenge, code: '123456' })).extensions?.reason).toBe('CHALLENGE_INVALID');
    const { startClientTwoFactorEnrolment: start } = await browser.data(CLIENT_START, { c: challenge });
    const { confirmClientTwoFactorEnrolment: done } = await browser.data(CLIENT_CONFIRM, {
      code: currentTotpCode(start.secret),
      c: challenge,
    });
    expect(done.recoveryCodes).toHaveLength(10);
    expect(done.viewer).toEqual({ username: client.username, twoFactorEnabled: true, twoFactorRequired: true });
    expect((await browser.data('{ clientViewer { username } }')).clientViewer.username).toBe(client.username);
    // From now on the sign-in asks for a code.
    expect((await clientChallenge(test.anonymous(), client.username)).enrolmentRequired).toBe(false);
  });

  it("lets staff reset a client's two-factor sign-in: audited, and the client is told by e-mail", async () => {
    const { client } = await enrolledClient();
    const reset = 'mutation($id: ID!) { resetClientTwoFactor(clientId: $id) }';
    const reader = await test.signedInStaff({ rights: { CLIENTS: ['BROWSE', 'DISPLAY'] } } as never);
    expect((await reader.error(reset, { id: client.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await admin.data(reset, { id: client.id })).resetClientTwoFactor).toBe(true);
    const letter = await mailbox.nextLetterTo(client.email);
    expect(letter.subject).toContain('Two-factor sign-in');
    const { auditEvents } = await admin.data('query($id: ID!) { auditEvents(first: 5, clientId: $id) { action } }', { id: client.id });
    expect(auditEvents.map((event: { action: string }) => event.action)).toContain('CLIENT_TWO_FACTOR_RESET');
    expect((await test.anonymous().data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD })).clientSignIn.username).toBe(
      client.username,
    );
  });
});

describe('single use under simultaneous requests', () => {
  // Generous limits here: the point is which of the simultaneous requests win, not the lock.
  let race: { test: TestApp; mailbox: TestMailbox; admin: GraphQLTestClient };
  beforeAll(async () => {
    race = await startPortalTestApp({ SECRETS_KEY, SIGN_IN_MAX_FAILURES: '100', SIGN_IN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => stopPortalTestApp(race.test, race.mailbox));

  it('accepts each recovery code once, also when ten sign-ins use it at the same moment', async () => {
    const { client, recoveryCodes } = await enrolledClientOf(race);
    const challenges = [];
    for (let i = 0; i < 10; i += 1) challenges.push((await clientChallengeOf(race.test, client.username)).challenge);
    const results = await Promise.all(
      challenges.map((challenge) => race.test.anonymous().request(CLIENT_CODE, { c: challenge, code: recoveryCodes[0] })),
    );
    const successes = results.filter((result) => result.data?.clientSignInWithSecondFactor);
    expect(successes).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.reason === 'CODE_INVALID').length).toBeGreaterThanOrEqual(4);
    // A lowercase, spaced copy of another code still works (once).
    const next = (await clientChallengeOf(race.test, client.username)).challenge;
    const typed = recoveryCodes[1].toLowerCase().replace('-', ' ');
    expect((await race.test.anonymous().data(CLIENT_CODE, { c: next, code: typed })).clientSignInWithSecondFactor.username).toBe(
      client.username,
    );
  });

  it('lets exactly one of ten simultaneous code steps on one challenge through', async () => {
    const { client, recoveryCodes } = await enrolledClientOf(race);
    const { challenge } = await clientChallengeOf(race.test, client.username);
    const results = await Promise.all(recoveryCodes.map((code) => race.test.anonymous().request(CLIENT_CODE, { c: challenge, code })));
    expect(results.filter((result) => result.data?.clientSignInWithSecondFactor)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.reason === 'CHALLENGE_INVALID')).toHaveLength(9);
  });
});

describe('two-factor sign-in (TOTP) for staff', () => {
  async function staffUser(spec: Parameters<TestApp['signedInStaff']>[0]) {
    const staff = await test.signedInStaff(spec);
    const { viewer } = await staff.data('{ viewer { username } }');
    return { staff, username: viewer.username as string };
  }

  it('enrols from the profile, then signs in with a code; a colleague sees it and an administrator resets it', async () => {
    const { staff, username } = await staffUser({ rights: {} });
    const { startTwoFactorEnrolment: start } = await staff.data(STAFF_START);
    const { confirmTwoFactorEnrolment: done } = await staff.data(STAFF_CONFIRM, { code: currentTotpCode(start.secret) });
    expect(done.viewer).toMatchObject({ twoFactorEnabled: true, signedInWithSecondFactor: true });

    const browser = test.anonymous();
    const refusal = await browser.error(STAFF_SIGN_IN, { u: username, p: TEST_PASSWORD });
    expect(refusal.extensions).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED', enrolmentRequired: false });
    expect((await browser.data('{ viewer { id } }')).viewer).toBeNull();
    const code = currentTotpCode(start.secret, Date.now() + STEP_MS);
    await browser.data(STAFF_CODE, { c: refusal.extensions?.challenge, code });
    expect((await browser.data('{ viewer { username signedInWithSecondFactor } }')).viewer).toEqual({
      username,
      signedInWithSecondFactor: true,
    });

    const { staffUsers } = await admin.data('{ staffUsers { username twoFactorEnabled } }');
    expect(staffUsers.find((user: { username: string }) => user.username === username).twoFactorEnabled).toBe(true);
    const id = (await browser.data('{ viewer { id } }')).viewer.id;
    expect((await admin.data('mutation($id: ID!) { resetStaffUserTwoFactor(staffUserId: $id) }', { id })).resetStaffUserTwoFactor).toBe(
      true,
    );
    const { auditEvents } = await admin.data('query($id: ID!) { auditEvents(first: 5, subjectStaffUserId: $id) { action } }', { id });
    expect(auditEvents.map((event: { action: string }) => event.action)).toContain('STAFF_TWO_FACTOR_RESET');
    await test.anonymous().data(STAFF_SIGN_IN, { u: username, p: TEST_PASSWORD });
  });

  it('takes a member of a group that requires it through enrolment first, and Sign in as Partner needs the second factor', async () => {
    const { staff, username } = await staffUser({
      specialRights: ['SIGN_IN_AS_PARTNER'] as never,
      rights: { CLIENTS: ['BROWSE', 'DISPLAY'] },
    } as never);
    const { viewer } = await staff.data('{ viewer { id } }');
    const client = await portalClient(test, admin, mailbox);
    const start = 'mutation($id: ID!) { startSignInAsPartner(clientId: $id, reason: "Ticket #4711", allowChanges: false) { url } }';
    // Signed in with the password only: allowed while the group does not require a second factor.
    expect((await staff.data(start, { id: client.id })).startSignInAsPartner.url).toContain('#code=');

    const { staffUser: user } = await admin.data('query($id: ID!) { staffUser(id: $id) { groupId } }', { id: viewer.id });
    const { userGroup: group } = await admin.data(
      'query($id: ID!) { userGroup(id: $id) { id name version specialRights rights { domain actions } } }',
      {
        id: user.groupId,
      },
    );
    await admin.data('mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { twoFactorRequired } }', {
      input: {
        id: group.id,
        version: group.version,
        name: group.name,
        rights: group.rights.filter((row: { actions: string[] }) => row.actions.length),
        specialRights: group.specialRights,
        twoFactorRequired: true,
      },
    });
    // The session started without a second factor no longer may.
    const refused = await staff.error(start, { id: client.id });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_SECOND_FACTOR_REQUIRED' });
    const { client: seen } = await staff.data('query($id: ID!) { client(id: $id) { canSignInAsPartner } }', { id: client.id });
    expect(seen.canSignInAsPartner).toBe(false);

    const browser = test.anonymous();
    const refusal = await browser.error(STAFF_SIGN_IN, { u: username, p: TEST_PASSWORD });
    expect(refusal.extensions).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED', enrolmentRequired: true });
    const challenge = refusal.extensions?.challenge;
    // Nothing else is reachable before the enrolment.
    expect((await browser.data('{ viewer { id } }')).viewer).toBeNull();
    const { startTwoFactorEnrolment: enrolment } = await browser.data(STAFF_START, { c: challenge });
    const { confirmTwoFactorEnrolment: done } = await browser.data(STAFF_CONFIRM, {
      code: currentTotpCode(enrolment.secret),
      c: challenge,
    });
    expect(done.viewer).toMatchObject({ twoFactorEnabled: true, signedInWithSecondFactor: true });
    // Signed in with the second factor; the client's own second factor is never asked for.
    expect((await browser.data(start, { id: client.id })).startSignInAsPartner.url).toContain('#code=');
  });
});

describe('SECRETS_KEY', () => {
  it('refuses enrolment and requiring two-factor sign-in without a key, and refuses to start when it is required somewhere', async () => {
    const plain = await startTestApp();
    try {
      const staff = await plain.signedInStaff();
      expect((await staff.error(STAFF_START)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SECRETS_KEY_MISSING' });
      const create = 'mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { id } }';
      const input = { name: 'Needs key', rights: [], specialRights: [], twoFactorRequired: true };
      expect((await staff.error(create, { input })).extensions?.reason).toBe('SECRETS_KEY_MISSING');
    } finally {
      await plain.stop();
    }

    const database = await throwawayDatabase();
    const env = { PORT: '0', LOG_LEVEL: 'silent', ...database.env };
    try {
      const keyed = await startApp(loadConfig({ ...env, SECRETS_KEY }));
      await keyed.database.dataSource.query('UPDATE user_groups SET twoFactorRequired = 1 WHERE isAdministrators = 1');
      await keyed.stop();
      await expect(startApp(loadConfig(env))).rejects.toThrow(
        /SECRETS_KEY is not set, but two-factor sign-in is in use \(required by user group "Administrators"\)/,
      );
    } finally {
      await database.drop();
    }
  });

  it('reads 32 bytes as base64 or hex, and refuses anything else', () => {
    expect(loadConfig({ SECRETS_KEY }).secretsKey?.length).toBe(32);
    expect(loadConfig({ SECRETS_KEY: randomBytes(32).toString('hex') }).secretsKey?.length).toBe(32);
    expect(() => loadConfig({ SECRETS_KEY: 'too short' })).toThrow(/SECRETS_KEY must be 32 random bytes/);
    expect(loadConfig({ DEMO_MODE: 'true' }).secretsKeySource).toBe('DEMO_DERIVED');
    expect(loadConfig({}).secretsKey).toBeNull();
  });
});
