import { StaffAction, StaffDomain } from '../staff/staff-rights';
import { GraphQLTestClient } from '../test-support/graphql-client';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../test-support/test-app';

const SIGN_IN = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id username fullName rights specialRights } }';
const VIEWER = '{ viewer { id username } }';

let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
});
afterAll(() => test.stop());

async function newUser(groupId?: string) {
  const { userGroups } = await admin.data('{ userGroups { id isAdministrators } }');
  const username = `user${Math.random().toString(36).slice(2, 8)}`;
  const { createStaffUser } = await admin.data(
    'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id version username } }',
    {
      input: {
        username,
        fullName: 'Signed In',
        password: TEST_PASSWORD,
        groupId: groupId ?? userGroups.find((group: any) => !group.isAdministrators)?.id ?? userGroups[0].id,
      },
    },
  );
  return createStaffUser;
}

describe('staff sign-in', () => {
  it('signs in with username (any case) and password, and sets an httpOnly SameSite cookie', async () => {
    const user = await newUser();
    const browser = test.anonymous();
    const response = await browser.request(SIGN_IN, { u: user.username.toUpperCase(), p: TEST_PASSWORD });
    expect(response.data?.signIn).toMatchObject({ username: user.username, fullName: 'Signed In' });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('portico_staff='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await browser.data(VIEWER)).viewer.username).toBe(user.username);
  });

  it('answers a wrong password and an unknown username with the same message', async () => {
    const user = await newUser();
    const wrongPassword = await test.anonymous().error(SIGN_IN, { u: user.username, p: 'wrong password!!' });
    const unknownUser = await test.anonymous().error(SIGN_IN, { u: 'nobody-here', p: TEST_PASSWORD });
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownUser).toEqual(wrongPassword);
  });

  it('shows no viewer without a session, and a forged cookie is no session', async () => {
    expect((await test.anonymous().data(VIEWER)).viewer).toBeNull();
    const forged = new GraphQLTestClient(test.app.url);
    forged.cookies.set('portico_staff', 'forged-token');
    expect((await forged.data(VIEWER)).viewer).toBeNull();
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const user = await newUser();
    const browser = test.anonymous();
    await browser.data(SIGN_IN, { u: user.username, p: TEST_PASSWORD });
    const stolenCopy = new GraphQLTestClient(test.app.url);
    stolenCopy.cookies = new Map(browser.cookies);
    expect((await browser.data('mutation { signOut }')).signOut).toBe(true);
    expect((await stolenCopy.data(VIEWER)).viewer).toBeNull();
  });

  it('lets an administrator revoke all sessions of a user, and deactivation ends them too', async () => {
    const user = await newUser();
    const laptop = test.anonymous();
    const phone = test.anonymous();
    await laptop.data(SIGN_IN, { u: user.username, p: TEST_PASSWORD });
    await phone.data(SIGN_IN, { u: user.username, p: TEST_PASSWORD });
    expect((await admin.data('mutation($id: ID!) { revokeStaffUserSessions(id: $id) }', { id: user.id })).revokeStaffUserSessions).toBe(2);
    expect((await laptop.data(VIEWER)).viewer).toBeNull();
    expect((await phone.data(VIEWER)).viewer).toBeNull();

    await laptop.data(SIGN_IN, { u: user.username, p: TEST_PASSWORD });
    const { staffUser } = await admin.data('query($id: ID!) { staffUser(id: $id) { id version fullName groupId } }', { id: user.id });
    await admin.data('mutation($input: UpdateStaffUserInput!) { updateStaffUser(input: $input) { active } }', {
      input: { id: staffUser.id, version: staffUser.version, fullName: staffUser.fullName, groupId: staffUser.groupId, active: false },
    });
    expect((await laptop.data(VIEWER)).viewer).toBeNull();
    expect((await test.anonymous().error(SIGN_IN, { u: user.username, p: TEST_PASSWORD })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out everywhere and ends sessions when the password is set anew', async () => {
    const user = await newUser();
    const first = test.anonymous();
    const second = test.anonymous();
    await first.data(SIGN_IN, { u: user.username, p: TEST_PASSWORD });
    await second.data(SIGN_IN, { u: user.username, p: TEST_PASSWORD });
    await first.data('mutation { signOutEverywhere }');
    expect((await second.data(VIEWER)).viewer).toBeNull();

    await second.data(SIGN_IN, { u: user.username, p: TEST_PASSWORD });
    await admin.data('mutation($id: ID!, $p: String!) { setStaffUserPassword(id: $id, password: $p) }', {
      id: user.id,
      p: 'a brand new secret',
    });
    expect((await second.data(VIEWER)).viewer).toBeNull();
    expect((await test.anonymous().data(SIGN_IN, { u: user.username, p: 'a brand new secret' })).signIn.username).toBe(user.username);
  });

  it("applies a change of the group's rights to signed-in members at once", async () => {
    const { createUserGroup: group } = await admin.data(
      'mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { id version name } }',
      {
        input: { name: 'Live rights', rights: [], specialRights: [] },
      },
    );
    const user = await newUser(group.id);
    const browser = test.anonymous();
    await browser.data(SIGN_IN, { u: user.username, p: TEST_PASSWORD });
    const LIST = '{ clients(first: 1) { totalCount } }';
    expect((await browser.error(LIST)).extensions?.code).toBe('FORBIDDEN');
    await admin.data('mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { id } }', {
      input: {
        id: group.id,
        version: group.version,
        name: group.name,
        rights: [{ domain: StaffDomain.CLIENTS, actions: [StaffAction.BROWSE] }],
        specialRights: [],
      },
    });
    expect((await browser.data(LIST)).clients.totalCount).toBeGreaterThanOrEqual(0);
  });
});
