import { staffRightsOffered, type StaffDomainName } from '@portico/domain';
import { SpecialRight, StaffAction, StaffDomain } from '../staff/staff-rights';
import { enablePortal2 } from '../test-support/client-portal-fixtures';
import { createTestClient, saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../test-support/test-app';

const GROUP_FIELDS = 'id name isAdministrators version specialRights rights { domain actions }';
const CREATE_GROUP = `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE_GROUP = `mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { ${GROUP_FIELDS} } }`;
const DELETE_GROUP = 'mutation($id: ID!) { deleteUserGroup(id: $id) }';
const CREATE_USER =
  'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id username fullName email active version groupId group { name } } }';
const UPDATE_USER = 'mutation($input: UpdateStaffUserInput!) { updateStaffUser(input: $input) { id fullName active version groupId } }';
const DELETE_USER = 'mutation($id: ID!) { deleteStaffUser(id: $id) }';

let test: TestApp;
let admin: GraphQLTestClient & { staffUserId: number };
let administratorsId: string;
beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
  administratorsId = (await admin.data('{ userGroups { id isAdministrators } }')).userGroups.find(
    (group: any) => group.isAdministrators,
  ).id;
});
afterAll(() => test.stop());

describe('user groups and rights', () => {
  it('has a built-in Administrators group with every right, which cannot be changed or deleted', async () => {
    const { userGroup } = await admin.data(`query($id: ID!) { userGroup(id: $id) { ${GROUP_FIELDS} } }`, { id: administratorsId });
    expect(userGroup.name).toBe('Administrators');
    expect(userGroup.rights.every((row: any) => row.actions.length === staffRightsOffered[row.domain as StaffDomainName].length)).toBe(
      true,
    );
    const update = await admin.error(UPDATE_GROUP, {
      input: { id: administratorsId, version: userGroup.version, name: 'Admins', rights: [], specialRights: [] },
    });
    expect(update.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BUILT_IN_GROUP' });
    expect((await admin.error(DELETE_GROUP, { id: administratorsId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('creates, edits and deletes a group with its matrix and special rights', async () => {
    const { createUserGroup: group } = await admin.data(CREATE_GROUP, {
      input: { name: 'Sales', rights: [{ domain: 'CLIENTS', actions: ['DISPLAY', 'BROWSE'] }], specialRights: ['SIGN_IN_AS_PARTNER'] },
    });
    expect(group.rights.find((row: any) => row.domain === 'CLIENTS').actions).toEqual(['BROWSE', 'DISPLAY']);
    expect(group.specialRights).toEqual(['SIGN_IN_AS_PARTNER']);
    const { updateUserGroup } = await admin.data(UPDATE_GROUP, {
      input: { id: group.id, version: group.version, name: 'Sales team', rights: [], specialRights: [] },
    });
    expect(updateUserGroup).toMatchObject({ name: 'Sales team', specialRights: [], version: group.version + 1 });
    const stale = await admin.error(UPDATE_GROUP, {
      input: { id: group.id, version: group.version, name: 'x', rights: [], specialRights: [] },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect((await admin.data(DELETE_GROUP, { id: group.id })).deleteUserGroup).toBe(true);
  });

  it('keeps only rights that do something in each domain, and gives Edit and Delete the Display and Browse they imply', async () => {
    const { createUserGroup: group } = await admin.data(CREATE_GROUP, {
      input: {
        name: 'Implied staff rights',
        rights: [
          { domain: 'CLIENTS', actions: ['DELETE', 'EXPORT'] },
          { domain: 'PORTAL_CONFIGURATION', actions: ['EDIT', 'BROWSE'] },
          { domain: 'CLIENT_GROUPS', actions: ['EDIT', 'DISPLAY'] },
        ],
        specialRights: [],
      },
    });
    const row = (domain: string) => group.rights.find((candidate: any) => candidate.domain === domain).actions;
    expect(row('CLIENTS')).toEqual(['BROWSE', 'DISPLAY', 'DELETE']);
    expect(row('PORTAL_CONFIGURATION')).toEqual(['DISPLAY', 'EDIT']);
    expect(row('CLIENT_GROUPS')).toEqual(['BROWSE', 'EDIT']);
    // The Administrators group is shown with every right that does something, and nothing else.
    const { userGroups } = await admin.data('{ userGroups { isAdministrators rights { domain actions } } }');
    const administrators = userGroups.find((candidate: any) => candidate.isAdministrators);
    expect(administrators.rights.find((candidate: any) => candidate.domain === 'FEEDBACK').actions).toEqual(['BROWSE', 'EDIT']);
  });

  it('refuses duplicate names and deleting a group with members', async () => {
    const { createUserGroup: group } = await admin.data(CREATE_GROUP, { input: { name: 'Vendors desk', rights: [], specialRights: [] } });
    expect((await admin.error(CREATE_GROUP, { input: { name: 'VENDORS DESK', rights: [], specialRights: [] } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    await admin.data(CREATE_USER, { input: { username: 'member1', fullName: 'Member', password: TEST_PASSWORD, groupId: group.id } });
    expect((await admin.error(DELETE_GROUP, { id: group.id })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GROUP_IN_USE',
    });
  });

  it('needs user management rights', async () => {
    const clientsOnly = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE] } });
    expect((await clientsOnly.error('{ userGroups { id } }')).extensions?.code).toBe('FORBIDDEN');
    expect((await clientsOnly.error(CREATE_GROUP, { input: { name: 'x', rights: [], specialRights: [] } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await test.anonymous().error('{ userGroups { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('staff users', () => {
  it('creates, edits and deletes a user', async () => {
    const { createStaffUser: user } = await admin.data(CREATE_USER, {
      input: {
        username: 'marta',
        fullName: 'Marta Kowalska',
        email: 'marta@agency.example',
        password: TEST_PASSWORD,
        groupId: administratorsId,
      },
    });
    expect(user).toMatchObject({ username: 'marta', active: true, group: { name: 'Administrators' } });
    const { updateStaffUser } = await admin.data(UPDATE_USER, {
      input: { id: user.id, version: user.version, fullName: 'Marta K.', groupId: administratorsId, active: true },
    });
    expect(updateStaffUser).toMatchObject({ fullName: 'Marta K.', version: user.version + 1 });
    expect((await admin.data(DELETE_USER, { id: user.id })).deleteStaffUser).toBe(true);
    expect((await admin.error('query($id: ID!) { staffUser(id: $id) { id } }', { id: user.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['username', { username: 'bad name' }],
    ['password', { password: 'short' }],
    ['password', { username: 'robert', password: 'robert-secret-123' }],
    ['email', { email: 'nope' }],
    ['groupId', { groupId: '99999' }],
  ])('refuses bad %s', async (field, change) => {
    const result = await admin.request(CREATE_USER, {
      input: { username: 'valid.user', fullName: 'Valid', password: TEST_PASSWORD, groupId: administratorsId, ...change },
    });
    const error = result.errors![0];
    expect(error.extensions?.code).toBe(field === 'groupId' ? 'NOT_FOUND' : 'BAD_USER_INPUT');
    if (field !== 'groupId') expect(error.extensions?.field).toBe(field);
  });

  it('refuses a taken username and never exposes password hashes', async () => {
    await admin.data(CREATE_USER, { input: { username: 'unique.one', fullName: 'U', password: TEST_PASSWORD, groupId: administratorsId } });
    expect(
      (
        await admin.error(CREATE_USER, {
          input: { username: 'Unique.One', fullName: 'U', password: TEST_PASSWORD, groupId: administratorsId },
        })
      ).extensions,
    ).toMatchObject({ field: 'username' });
    expect((await admin.request('{ staffUsers { passwordHash } }')).status).toBe(400);
  });

  it('refuses moving oneself to another group, deleting or deactivating oneself (so an administrator always stays)', async () => {
    const lone = await test.startAlone();
    try {
      const { staffUser } = await lone.admin.data('query($id: ID!) { staffUser(id: $id) { id version fullName } }', {
        id: lone.admin.staffUserId,
      });
      const { userGroups } = await lone.admin.data('{ userGroups { id isAdministrators } }');
      const { createUserGroup: other } = await lone.admin.data(CREATE_GROUP, { input: { name: 'Others', rights: [], specialRights: [] } });
      const demote = await lone.admin.error(UPDATE_USER, {
        input: { id: staffUser.id, version: staffUser.version, fullName: staffUser.fullName, groupId: other.id, active: true },
      });
      expect(demote.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_GROUP_CHANGE' });
      const deactivate = await lone.admin.error(UPDATE_USER, {
        input: { id: staffUser.id, version: staffUser.version, fullName: staffUser.fullName, groupId: userGroups[0].id, active: false },
      });
      expect(deactivate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
      expect((await lone.admin.error(DELETE_USER, { id: staffUser.id })).extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SELF_DELETE',
      });
    } finally {
      await lone.stop();
    }
  });

  it('needs user management rights', async () => {
    const browser = await test.signedInStaff({ rights: { [StaffDomain.USER_MANAGEMENT]: [StaffAction.BROWSE] } });
    expect((await browser.data('{ staffUsers { id } }')).staffUsers.length).toBeGreaterThan(0);
    expect(
      (await browser.error(CREATE_USER, { input: { username: 'x1', fullName: 'x', password: TEST_PASSWORD, groupId: administratorsId } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await browser.error(DELETE_USER, { id: String(admin.staffUserId) })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('Sign in as this Partner, field-level', () => {
  const CAN = 'query($id: ID!) { client(id: $id) { canSignInAsPartner canSignInAsPartnerWithChanges } }';
  const clientRights = { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] };

  it('is false while Client Portal 2.0 is not enabled, whatever the rights, as the action would be refused', async () => {
    const lone = await test.startAlone();
    try {
      const client = await createTestClient(lone.admin, { status: 'ACTIVE' });
      await saveSystemAccount(lone.admin, client, { portalAccessAllowed: true });
      expect((await lone.admin.data(CAN, { id: client.id })).client).toEqual({
        canSignInAsPartner: false,
        canSignInAsPartnerWithChanges: false,
      });
      const start = await lone.admin.error(
        'mutation($id: ID!) { startSignInAsPartner(clientId: $id, reason: "Ticket 42 check") { url } }',
        { id: client.id },
      );
      expect(start.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PORTAL_UNAVAILABLE' });
      await enablePortal2(lone.admin);
      expect((await lone.admin.data(CAN, { id: client.id })).client).toEqual({
        canSignInAsPartner: true,
        canSignInAsPartnerWithChanges: true,
      });
    } finally {
      await lone.stop();
    }
  });

  describe('with Client Portal 2.0 on', () => {
    beforeAll(() => enablePortal2(admin));

    it('is true only for staff holding the right, and only for clients who can sign in', async () => {
      const reachable = await createTestClient(admin, { status: 'ACTIVE' });
      await saveSystemAccount(admin, reachable, { portalAccessAllowed: true });
      const unreachable = await createTestClient(admin, { status: 'INACTIVE' });
      await saveSystemAccount(admin, unreachable, { portalAccessAllowed: true });

      const withRight = await test.signedInStaff({ rights: clientRights, specialRights: [SpecialRight.SIGN_IN_AS_PARTNER] });
      const withoutRight = await test.signedInStaff({ rights: clientRights });
      expect((await withRight.data(CAN, { id: reachable.id })).client.canSignInAsPartner).toBe(true);
      expect((await withRight.data(CAN, { id: unreachable.id })).client.canSignInAsPartner).toBe(false);
      expect((await withoutRight.data(CAN, { id: reachable.id })).client.canSignInAsPartner).toBe(false);
      expect((await withoutRight.data(CAN, { id: unreachable.id })).client.canSignInAsPartner).toBe(false);
    });

    it("follows the user group's right as it is granted and withdrawn", async () => {
      const client = await createTestClient(admin, { status: 'ACTIVE' });
      await saveSystemAccount(admin, client, { portalAccessAllowed: true });
      const staff = await test.signedInStaff({ rights: clientRights });
      const { userGroup } = await admin.data(`query($id: ID!) { userGroup(id: $id) { ${GROUP_FIELDS} } }`, { id: staff.groupId });
      const rights = [{ domain: 'CLIENTS', actions: ['BROWSE', 'DISPLAY'] }];
      const { updateUserGroup } = await admin.data(UPDATE_GROUP, {
        input: { id: userGroup.id, version: userGroup.version, name: userGroup.name, rights, specialRights: ['SIGN_IN_AS_PARTNER'] },
      });
      expect((await staff.data(CAN, { id: client.id })).client.canSignInAsPartner).toBe(true);
      await admin.data(UPDATE_GROUP, {
        input: { id: userGroup.id, version: updateUserGroup.version, name: userGroup.name, rights, specialRights: [] },
      });
      expect((await staff.data(CAN, { id: client.id })).client.canSignInAsPartner).toBe(false);
    });
  });
});
