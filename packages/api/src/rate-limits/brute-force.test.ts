import { CLIENT_PASSWORD, CLIENT_SIGN_IN, enablePortal2, portalClient } from '../test-support/client-portal-fixtures';
import { createTestClient, saveSystemAccount } from '../test-support/fixtures';
import { GraphQLTestClient } from '../test-support/graphql-client';
import { linkSecret, startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../test-support/test-app';
import { RateLimitBucket } from './rate-limit-bucket.entity';

/**
 * Every password check counts, and at most SIGN_IN_MAX_FAILURES (5) wrong passwords of one account
 * are ever checked against its hash within the window, however many arrive at once and on however
 * many API processes. The address limit is raised here so that the account limit is what is tested;
 * its own tests below send from distinct addresses (X-Forwarded-For, trusted from loopback).
 */

const ATTEMPTS = 'query($id: ID!) { clientSignInAttempts(clientId: $id, first: 100) { outcome } }';
const STAFF_SIGN_IN = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient & { staffUserId: number };

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl, SIGN_IN_MAX_FAILURES_PER_ADDRESS: '100000' });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

/** `count` requests sent at the same moment, each from its own browser. */
function burst(url: string, count: number, query: string, variables: Record<string, unknown>) {
  return Promise.all(Array.from({ length: count }, () => new GraphQLTestClient(url).request(query, variables)));
}

function outcomes(attempts: Array<{ outcome: string }>): Record<string, number> {
  const counted: Record<string, number> = {};
  for (const { outcome } of attempts) counted[outcome] = (counted[outcome] ?? 0) + 1;
  return counted;
}

describe('client accounts under a burst of wrong passwords', () => {
  it('check at most 5 of 100 simultaneous wrong passwords, then refuse even the right one', async () => {
    const client = await portalClient(test, admin, mailbox);
    const answers = await burst(test.app.url, 100, CLIENT_SIGN_IN, { u: client.username, p: 'wrong password 99' });
    expect(answers.every((answer) => answer.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    const { clientSignInAttempts } = await admin.data(ATTEMPTS, { id: client.id });
    expect(outcomes(clientSignInAttempts)).toEqual({ WRONG_PASSWORD: 5, ACCOUNT_LOCKED: 95 });

    // After the limit, the right password inside a burst of wrong ones is refused too.
    const [right, wrong] = await Promise.all([
      test.anonymous().request(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD }),
      burst(test.app.url, 10, CLIENT_SIGN_IN, { u: client.username, p: 'wrong password 99' }),
    ]);
    expect([right, ...wrong].every((answer) => answer.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    const { client: locked } = await admin.data('query($id: ID!) { client(id: $id) { isLocked lockedUntil } }', { id: client.id });
    expect(locked.isLocked).toBe(true);
    expect(new Date(locked.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('hold across two API processes on one database', async () => {
    const client = await portalClient(test, admin, mailbox);
    const second = await test.sameDatabaseApp();
    try {
      await Promise.all([
        burst(test.app.url, 50, CLIENT_SIGN_IN, { u: client.username, p: 'wrong password 98' }),
        burst(second.url, 50, CLIENT_SIGN_IN, { u: client.username, p: 'wrong password 98' }),
      ]);
    } finally {
      await second.stop();
    }
    const { clientSignInAttempts } = await admin.data(ATTEMPTS, { id: client.id });
    expect(outcomes(clientSignInAttempts)).toEqual({ WRONG_PASSWORD: 5, ACCOUNT_LOCKED: 95 });
  });

  it('count wrong current passwords in a password change too', async () => {
    const client = await portalClient(test, admin, mailbox);
    const session = test.anonymous();
    await session.data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
    const CHANGE = 'mutation($c: String!, $n: String!) { changeClientPassword(currentPassword: $c, newPassword: $n) }';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => session.request(CHANGE, { c: 'not the password 1', n: 'brand new password 1' })),
    );
    const codes = outcomes(answers.map((answer) => ({ outcome: String(answer.errors?.[0].extensions?.code) })));
    expect(codes).toEqual({ BAD_USER_INPUT: 5, RATE_LIMITED: 15 });
    expect((await session.error(CHANGE, { c: CLIENT_PASSWORD, n: 'brand new password 1' })).extensions?.code).toBe('RATE_LIMITED');
    expect((await test.anonymous().error(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lift the lock when the client sets a password from an e-mailed reset link', async () => {
    const client = await portalClient(test, admin, mailbox);
    await burst(test.app.url, 10, CLIENT_SIGN_IN, { u: client.username, p: 'wrong password 97' });
    expect((await test.anonymous().error(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await test.anonymous().data('mutation($u: String!) { requestPasswordReset(username: $u) }', { u: client.username });
    const { secret } = linkSecret(await mailbox.nextLetterTo(client.email));
    await test
      .anonymous()
      .data('mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }', { t: secret, p: 'chosen after reset 1' });
    expect((await test.anonymous().data(CLIENT_SIGN_IN, { u: client.username, p: 'chosen after reset 1' })).clientSignIn.username).toBe(
      client.username,
    );
  });

  it('lock for twice as long each time in a row (growing waits), until a success', async () => {
    const client = await portalClient(test, admin, mailbox);
    const lockedUntil = async () =>
      new Date((await admin.data('query($id: ID!) { client(id: $id) { lockedUntil } }', { id: client.id })).client.lockedUntil).getTime();
    const buckets = test.app.database.dataSource.getRepository(RateLimitBucket);
    const lockRounds: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const before = Date.now();
      await burst(test.app.url, 6, CLIENT_SIGN_IN, { u: client.username, p: 'wrong password 96' });
      lockRounds.push(Math.round(((await lockedUntil()) - before) / 60_000));
      // Time passes: the lock runs out.
      await buckets.update({ bucket: `account:client:${client.id}` }, { blockedUntil: new Date(Date.now() - 1000) });
    }
    expect(lockRounds).toEqual([15, 30, 60]);
    await test.anonymous().data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
    await burst(test.app.url, 6, CLIENT_SIGN_IN, { u: client.username, p: 'wrong password 96' });
    expect(Math.round(((await lockedUntil()) - Date.now()) / 60_000)).toBe(15);
  });
});

describe('staff accounts', () => {
  it('are protected like clients: a burst checks at most 5, the lock shows on the user and staff unlock it (audited)', async () => {
    const member = await test.signedInStaff({ rights: {} });
    const { staffUser } = await admin.data('query($id: ID!) { staffUser(id: $id) { username } }', { id: String(member.staffUserId) });
    const answers = await burst(test.app.url, 100, STAFF_SIGN_IN, { u: staffUser.username, p: 'wrong password 95' });
    expect(answers.every((answer) => answer.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    const { staffSignInAttempts } = await admin.data('query($id: ID!) { staffSignInAttempts(staffUserId: $id, first: 100) { outcome } }', {
      id: String(member.staffUserId),
    });
    expect(outcomes(staffSignInAttempts)).toEqual({ WRONG_PASSWORD: 5, ACCOUNT_LOCKED: 95 });
    expect((await test.anonymous().error(STAFF_SIGN_IN, { u: staffUser.username, p: TEST_PASSWORD })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const { staffUsers } = await admin.data('{ staffUsers { id isLocked lockedUntil } }');
    expect(staffUsers.find((user: any) => user.id === String(member.staffUserId))).toMatchObject({ isLocked: true });

    await admin.data('mutation($id: ID!) { unlockStaffUser(id: $id) { id } }', { id: String(member.staffUserId) });
    expect((await test.anonymous().data(STAFF_SIGN_IN, { u: staffUser.username, p: TEST_PASSWORD })).signIn.id).toBe(
      String(member.staffUserId),
    );
    const { auditEvents } = await admin.data('query($id: ID!) { auditEvents(subjectStaffUserId: $id) { action actorName } }', {
      id: String(member.staffUserId),
    });
    expect(auditEvents.map((event: any) => event.action)).toContain('STAFF_ACCOUNT_UNLOCKED');
  });

  it('count a wrong current password when staff change their own password', async () => {
    const member = await test.signedInStaff({ rights: {} });
    const CHANGE = 'mutation($c: String!, $n: String!) { changeStaffPassword(currentPassword: $c, newPassword: $n) }';
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await member.error(CHANGE, { c: 'wrong one 123', n: 'my new password 1' })).extensions?.field).toBe('currentPassword');
    expect((await member.error(CHANGE, { c: TEST_PASSWORD, n: 'my new password 1' })).extensions?.code).toBe('RATE_LIMITED');
  });

  it('changes its own password with the current one, ending its other sessions', async () => {
    const member = await test.signedInStaff({ rights: {} });
    const { staffUser } = await admin.data('query($id: ID!) { staffUser(id: $id) { username } }', { id: String(member.staffUserId) });
    const laptop = test.anonymous();
    await laptop.data(STAFF_SIGN_IN, { u: staffUser.username, p: TEST_PASSWORD });
    await member.data('mutation($c: String!, $n: String!) { changeStaffPassword(currentPassword: $c, newPassword: $n) }', {
      c: TEST_PASSWORD,
      n: 'my new password 2',
    });
    expect((await member.data('{ viewer { id } }')).viewer).not.toBeNull();
    expect((await laptop.data('{ viewer { id } }')).viewer).toBeNull();
    expect((await test.anonymous().data(STAFF_SIGN_IN, { u: staffUser.username, p: 'my new password 2' })).signIn.id).toBe(
      String(member.staffUserId),
    );
  });
});

describe('limits per network', () => {
  it('make one network that guesses many accounts wait (RATE_LIMITED with retryAfterSeconds), and no other', async () => {
    const limited = await startTestApp({ SIGN_IN_MAX_FAILURES_PER_ADDRESS: '20' });
    try {
      const from = (address: string) => (index: number) =>
        limited.anonymous().request(CLIENT_SIGN_IN, { u: `guess-${index}`, p: 'password guess 1' }, { 'x-forwarded-for': address });
      const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => from('203.0.113.9')(index)));
      const codes = outcomes(answers.map((answer) => ({ outcome: String(answer.errors?.[0].extensions?.code) })));
      expect(codes).toEqual({ UNAUTHENTICATED: 20, RATE_LIMITED: 20 });
      const refusal = answers.find((answer) => answer.errors?.[0].extensions?.code === 'RATE_LIMITED')!.errors![0];
      expect(refusal.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // The same /64 of IPv6 counts as one network; another address is unaffected.
      expect((await from('198.51.100.7')(1)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await limited.stop();
    }
  });

  it('let a network told to wait use up none of an account’s attempts (both are claimed at once)', async () => {
    const limited = await startTestApp({ SIGN_IN_MAX_FAILURES_PER_ADDRESS: '3' });
    try {
      const staff = await limited.signedInStaff();
      const { viewer } = await staff.data<{ viewer: { username: string } }>('{ viewer { username } }');
      const signIn = (password: string, address: string) =>
        limited.anonymous().request(STAFF_SIGN_IN, { u: viewer.username, p: password }, { 'x-forwarded-for': address });
      const guesses = await Promise.all(Array.from({ length: 20 }, () => signIn('wrong password 7', '203.0.113.60')));
      const codes = outcomes(guesses.map((answer) => ({ outcome: String(answer.errors?.[0].extensions?.code) })));
      expect(codes).toEqual({ UNAUTHENTICATED: 3, RATE_LIMITED: 17 });
      // Had the 17 refused attempts counted on the account, it would be locked (5 failures) against the right password.
      expect((await signIn(TEST_PASSWORD, '198.51.100.60')).errors).toBeUndefined();
    } finally {
      await limited.stop();
    }
  });

  it('limit "Forgot password?" per network and per account, so no inbox floods and the genuine link keeps working', async () => {
    const client = await portalClient(test, admin, mailbox);
    const FORGOT = 'mutation($u: String!) { requestPasswordReset(username: $u) }';
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        test.anonymous().request(FORGOT, { u: client.username }, { 'x-forwarded-for': `192.0.2.${index + 1}` }),
      ),
    );
    expect(answers.every((answer) => answer.data?.requestPasswordReset === true)).toBe(true);
    const { outboxLetters } = await admin.data('query($id: ID!) { outboxLetters(clientId: $id, first: 50) { kind } }', { id: client.id });
    expect(outboxLetters.filter((letter: any) => letter.kind === 'PASSWORD_RESET')).toHaveLength(4); // 5 an hour, the welcome letter was one
    // Self-service letters do not cancel each other: the first link still works.
    const { secret } = linkSecret(await mailbox.nextLetterTo(client.email));
    await test
      .anonymous()
      .data('mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }', { t: secret, p: 'first link works 1' });

    const sameNetwork = await Promise.all(
      Array.from({ length: 12 }, () => test.anonymous().request(FORGOT, { u: 'nobody-at-all' }, { 'x-forwarded-for': '192.0.2.200' })),
    );
    expect(sameNetwork.filter((answer) => answer.errors?.[0].extensions?.code === 'RATE_LIMITED')).toHaveLength(2);
  });

  it('limit the letters staff send to one client in an hour', async () => {
    const created = await createTestClient(admin);
    const client = (await saveSystemAccount(admin, created, { portalAccessAllowed: true })).data!.updateSystemAccount;
    const SEND = 'mutation($id: ID!) { sendPasswordResetEmail(clientId: $id) { id } }';
    for (let letter = 0; letter < 5; letter += 1) await admin.data(SEND, { id: client.id });
    expect((await admin.error(SEND, { id: client.id })).extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });
});
