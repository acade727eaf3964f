import { SpecialRight, StaffAction, StaffDomain } from './staff-rights';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../test-support/test-app';

/**
 * Nobody grants what they do not hold. Every User Management mutation is called by an administrator,
 * by a user manager who is not one, and by that user manager on themselves; after every call, each
 * user's rights are compared with before: whatever anyone gained, the caller holds.
 */

type Staff = GraphQLTestClient & { staffUserId: number; groupId: number };

const GROUP_FIELDS = 'id name version isAdministrators specialRights rights { domain actions }';
const USERS = `{ staffUsers { id fullName version groupId active group { ${GROUP_FIELDS} } } }`;

let test: TestApp;
let admin: Staff;
let manager: Staff;
let administratorsId: string;
let strongGroup: Record<string, any>;
let weakGroup: Record<string, any>;
let strongUser: Record<string, any>;
let weakUser: Record<string, any>;
let otherAdmin: Record<string, any>;

/** The user manager: every User Management right and Clients Browse/Display, nothing else. */
const MANAGER_RIGHTS = {
  [StaffDomain.USER_MANAGEMENT]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.CREATE, StaffAction.EDIT, StaffAction.DELETE],
  [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY],
};

function rightsOf(group: Record<string, any>): Set<string> {
  if (group.isAdministrators) return new Set(['*']);
  return new Set([
    ...group.rights.flatMap((row: any) => row.actions.map((action: string) => `${row.domain}:${action}`)),
    ...group.specialRights,
  ]);
}

async function everyonesRights(): Promise<Map<string, Set<string>>> {
  const { staffUsers } = await admin.data(USERS);
  return new Map(staffUsers.filter((user: any) => user.active).map((user: any) => [user.id, rightsOf(user.group)]));
}

async function createUser(caller: GraphQLTestClient, groupId: string, name: string) {
  const username = `${name.replace(/\W/g, '')}${Math.random().toString(36).slice(2, 7)}`;
  const { createStaffUser } = await caller.data(
    'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id version groupId fullName } }',
    {
      input: { username, fullName: name, password: TEST_PASSWORD, groupId },
    },
  );
  return createStaffUser;
}

async function fresh(userId: string) {
  const { staffUser } = await admin.data('query($id: ID!) { staffUser(id: $id) { id version fullName groupId } }', { id: userId });
  return staffUser;
}

async function freshGroup(groupId: string | number) {
  const { userGroup } = await admin.data(`query($id: ID!) { userGroup(id: $id) { ${GROUP_FIELDS} } }`, { id: String(groupId) });
  return userGroup;
}

const UPDATE_USER = 'mutation($input: UpdateStaffUserInput!) { updateStaffUser(input: $input) { id } }';
const UPDATE_GROUP = 'mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { id } }';
const CREATE_GROUP = 'mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { id } }';

/** Every User Management mutation, as a call a test can make against some target. */
const calls = {
  moveUser: async (caller: GraphQLTestClient, userId: string, groupId: string) => {
    const user = await fresh(userId);
    return caller.request(UPDATE_USER, { input: { id: user.id, version: user.version, fullName: user.fullName, groupId, active: true } });
  },
  renameUser: async (caller: GraphQLTestClient, userId: string) => {
    const user = await fresh(userId);
    return caller.request(UPDATE_USER, {
      input: { id: user.id, version: user.version, fullName: `${user.fullName}!`, groupId: user.groupId, active: true },
    });
  },
  deactivateUser: async (caller: GraphQLTestClient, userId: string) => {
    const user = await fresh(userId);
    return caller.request(UPDATE_USER, {
      input: { id: user.id, version: user.version, fullName: user.fullName, groupId: user.groupId, active: false },
    });
  },
  setPassword: (caller: GraphQLTestClient, userId: string) =>
    caller.request('mutation($id: ID!, $p: String!) { setStaffUserPassword(id: $id, password: $p) }', {
      id: userId,
      p: 'taken over 12345',
    }),
  revokeSessions: (caller: GraphQLTestClient, userId: string) =>
    caller.request('mutation($id: ID!) { revokeStaffUserSessions(id: $id) }', { id: userId }),
  unlock: (caller: GraphQLTestClient, userId: string) =>
    caller.request('mutation($id: ID!) { unlockStaffUser(id: $id) { id } }', { id: userId }),
  deleteUser: (caller: GraphQLTestClient, userId: string) =>
    caller.request('mutation($id: ID!) { deleteStaffUser(id: $id) }', { id: userId }),
  createUser: (caller: GraphQLTestClient, groupId: string) =>
    caller.request('mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id } }', {
      input: { username: `new${Math.random().toString(36).slice(2, 8)}`, fullName: 'New user', password: TEST_PASSWORD, groupId },
    }),
  grantInGroup: async (
    caller: GraphQLTestClient,
    groupId: string | number,
    specialRights: SpecialRight[],
    extraRights: Array<{ domain: string; actions: string[] }> = [],
  ) => {
    const group = await freshGroup(groupId);
    return caller.request(UPDATE_GROUP, {
      input: {
        id: group.id,
        version: group.version,
        name: group.name,
        rights: [...group.rights.filter((row: any) => !extraRights.some((extra) => extra.domain === row.domain)), ...extraRights],
        specialRights: [...group.specialRights, ...specialRights],
      },
    });
  },
  renameGroup: async (caller: GraphQLTestClient, groupId: string | number) => {
    const group = await freshGroup(groupId);
    return caller.request(UPDATE_GROUP, {
      input: { id: group.id, version: group.version, name: `${group.name}!`, rights: group.rights, specialRights: group.specialRights },
    });
  },
  createGroup: (caller: GraphQLTestClient, rights: Array<{ domain: string; actions: string[] }>, specialRights: SpecialRight[] = []) =>
    caller.request(CREATE_GROUP, { input: { name: `Made ${Math.random().toString(36).slice(2, 8)}`, rights, specialRights } }),
  deleteGroup: (caller: GraphQLTestClient, groupId: string | number) =>
    caller.request('mutation($id: ID!) { deleteUserGroup(id: $id) }', { id: String(groupId) }),
};

/**
 * Runs one call and checks the promise: nobody ends up with a right the caller lacks that they did
 * not hold before, and the caller's own rights do not grow.
 */
async function attempt(caller: Staff, call: () => Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) {
  const callerRights = (await everyonesRights()).get(String(caller.staffUserId))!;
  const before = await everyonesRights();
  const result = await call();
  const after = await everyonesRights();
  for (const [userId, rights] of after) {
    const had = before.get(userId) ?? new Set<string>();
    const gained = [...rights].filter((right) => !had.has(right));
    if (callerRights.has('*')) continue;
    expect({ userId, gainedBeyondCaller: gained.filter((right) => !callerRights.has(right)) }).toEqual({ userId, gainedBeyondCaller: [] });
  }
  expect(after.get(String(caller.staffUserId))).toEqual(callerRights);
  return result.errors?.[0]?.extensions ?? null;
}

beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
  manager = await test.signedInStaff({ rights: MANAGER_RIGHTS });
  administratorsId = (await admin.data('{ userGroups { id isAdministrators } }')).userGroups.find(
    (group: any) => group.isAdministrators,
  ).id;
  const make = async (name: string, rights: Array<{ domain: string; actions: string[] }>, specialRights: SpecialRight[]) =>
    (
      await admin.data(`mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { ${GROUP_FIELDS} } }`, {
        input: { name, rights, specialRights },
      })
    ).createUserGroup;
  strongGroup = await make(
    'Account Managers',
    [{ domain: 'CLIENTS', actions: ['BROWSE', 'DISPLAY', 'EDIT'] }],
    [SpecialRight.SIGN_IN_AS_PARTNER, SpecialRight.SIGN_IN_AS_PARTNER_WITH_CHANGES],
  );
  weakGroup = await make('Readers', [{ domain: 'CLIENTS', actions: ['BROWSE'] }], []);
  strongUser = await createUser(admin, strongGroup.id, 'Strong');
  weakUser = await createUser(admin, weakGroup.id, 'Weak');
  otherAdmin = await createUser(admin, administratorsId, 'OtherAdmin');
});
afterAll(() => test.stop());

describe('a user manager who is not an administrator', () => {
  it.each([
    ['put a user into Administrators', () => calls.moveUser(manager, weakUser.id, administratorsId), 'ADMINISTRATORS_ONLY'],
    ['create an administrator', () => calls.createUser(manager, administratorsId), 'ADMINISTRATORS_ONLY'],
    ['edit an administrator', () => calls.renameUser(manager, otherAdmin.id), 'ADMINISTRATORS_ONLY'],
    ['deactivate an administrator', () => calls.deactivateUser(manager, otherAdmin.id), 'ADMINISTRATORS_ONLY'],
    ["set an administrator's password", () => calls.setPassword(manager, otherAdmin.id), 'ADMINISTRATORS_ONLY'],
    ["revoke an administrator's sessions", () => calls.revokeSessions(manager, otherAdmin.id), 'ADMINISTRATORS_ONLY'],
    ['unlock an administrator', () => calls.unlock(manager, otherAdmin.id), 'ADMINISTRATORS_ONLY'],
    ['delete an administrator', () => calls.deleteUser(manager, otherAdmin.id), 'ADMINISTRATORS_ONLY'],
    [
      'move a user into a group with rights the manager lacks',
      () => calls.moveUser(manager, weakUser.id, strongGroup.id),
      'RIGHTS_NOT_HELD',
    ],
    ['create a user in such a group', () => calls.createUser(manager, strongGroup.id), 'RIGHTS_NOT_HELD'],
    ['set the password of a user holding more rights', () => calls.setPassword(manager, strongUser.id), 'TARGET_HOLDS_MORE_RIGHTS'],
    ['edit a user holding more rights', () => calls.renameUser(manager, strongUser.id), 'TARGET_HOLDS_MORE_RIGHTS'],
    ['delete a user holding more rights', () => calls.deleteUser(manager, strongUser.id), 'TARGET_HOLDS_MORE_RIGHTS'],
    [
      'grant Sign in as Partner in another group',
      () => calls.grantInGroup(manager, weakGroup.id, [SpecialRight.SIGN_IN_AS_PARTNER]),
      'RIGHTS_NOT_HELD',
    ],
    [
      'grant a matrix right it lacks',
      () => calls.grantInGroup(manager, weakGroup.id, [], [{ domain: 'PROJECTS', actions: ['BROWSE'] }]),
      'RIGHTS_NOT_HELD',
    ],
    ['create a group with rights it lacks', () => calls.createGroup(manager, [], [SpecialRight.SIGN_IN_AS_PARTNER]), 'RIGHTS_NOT_HELD'],
    ['change a group that holds more rights', () => calls.renameGroup(manager, strongGroup.id), 'TARGET_HOLDS_MORE_RIGHTS'],
    ['delete a group that holds more rights', () => calls.deleteGroup(manager, strongGroup.id), 'TARGET_HOLDS_MORE_RIGHTS'],
    ['change the Administrators group', () => calls.renameGroup(manager, administratorsId), 'BUILT_IN_GROUP'],
  ])('may not %s', async (_what, call, reason) => {
    expect(await attempt(manager, call)).toMatchObject({ code: 'FORBIDDEN', reason });
  });

  it('may manage users and groups within its own rights', async () => {
    const { createUserGroup: made } = await manager.data(
      `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { ${GROUP_FIELDS} } }`,
      {
        input: { name: 'Junior readers', rights: [{ domain: 'CLIENTS', actions: ['BROWSE'] }], specialRights: [] },
      },
    );
    expect(
      await attempt(manager, () => calls.grantInGroup(manager, made.id, [], [{ domain: 'CLIENTS', actions: ['BROWSE', 'DISPLAY'] }])),
    ).toBeNull();
    expect(await attempt(manager, () => calls.createUser(manager, made.id))).toBeNull();
    expect(await attempt(manager, () => calls.moveUser(manager, weakUser.id, made.id))).toBeNull();
    expect(await attempt(manager, () => calls.renameUser(manager, weakUser.id))).toBeNull();
    expect(await attempt(manager, () => calls.setPassword(manager, weakUser.id))).toBeNull();
    expect(await attempt(manager, () => calls.revokeSessions(manager, weakUser.id))).toBeNull();
    expect(await attempt(manager, () => calls.unlock(manager, weakUser.id))).toBeNull();
    const spare = await createUser(admin, weakGroup.id, 'Spare');
    expect(await attempt(manager, () => calls.deleteUser(manager, spare.id))).toBeNull();
  });

  it('shows the same decisions the mutations enforce, so the Home Portal can disable and explain', async () => {
    const { staffUsers, userGroups } = await manager.data(
      '{ staffUsers { id canEdit { allowed reason } canSetPassword { allowed reason } canDelete { allowed reason missingRights } } userGroups { id assignable { allowed reason } editable { allowed reason missingRights } } }',
    );
    const user = (id: string) => staffUsers.find((candidate: any) => candidate.id === id);
    const group = (id: string) => userGroups.find((candidate: any) => candidate.id === String(id));
    expect(user(otherAdmin.id).canEdit).toEqual({ allowed: false, reason: 'ADMINISTRATORS_ONLY' });
    expect(user(strongUser.id).canDelete).toMatchObject({
      allowed: false,
      reason: 'TARGET_HOLDS_MORE_RIGHTS',
      missingRights: expect.arrayContaining(['SIGN_IN_AS_PARTNER', 'CLIENTS:EDIT']),
    });
    expect(user(weakUser.id).canSetPassword).toEqual({ allowed: true, reason: null });
    expect(user(String(manager.staffUserId)).canSetPassword).toEqual({ allowed: false, reason: 'OWN_PASSWORD' });
    expect(group(administratorsId).assignable).toEqual({ allowed: false, reason: 'ADMINISTRATORS_ONLY' });
    expect(group(strongGroup.id).assignable).toEqual({ allowed: false, reason: 'RIGHTS_NOT_HELD' });
    expect(group(weakGroup.id).assignable).toEqual({ allowed: true, reason: null });
    expect(group(String(manager.groupId)).editable).toMatchObject({ allowed: false, reason: 'OWN_GROUP' });
  });
});

describe('a user manager acting on themselves', () => {
  it.each([
    ['move into Administrators', () => calls.moveUser(manager, String(manager.staffUserId), administratorsId), 'ADMINISTRATORS_ONLY'],
    ['move into another group', () => calls.moveUser(manager, String(manager.staffUserId), weakGroup.id), 'OWN_GROUP_CHANGE'],
    ['grant its own group a right', () => calls.grantInGroup(manager, manager.groupId, [SpecialRight.SIGN_IN_AS_PARTNER]), 'OWN_GROUP'],
    ['change its own group even within its rights', () => calls.renameGroup(manager, manager.groupId), 'OWN_GROUP'],
    ['set its own password without the current one', () => calls.setPassword(manager, String(manager.staffUserId)), 'OWN_PASSWORD'],
    ['delete itself', () => calls.deleteUser(manager, String(manager.staffUserId)), 'SELF_DELETE'],
  ])('may not %s', async (_what, call, reason) => {
    expect(await attempt(manager, call)).toMatchObject({ code: 'FORBIDDEN', reason });
  });

  it('may still edit its own name', async () => {
    expect(await attempt(manager, () => calls.renameUser(manager, String(manager.staffUserId)))).toBeNull();
  });
});

describe('an administrator', () => {
  it('may put users into Administrators, create administrators and act on other administrators', async () => {
    const promoted = await createUser(admin, weakGroup.id, 'Promoted');
    expect(await attempt(admin, () => calls.moveUser(admin, promoted.id, administratorsId))).toBeNull();
    expect(await attempt(admin, () => calls.createUser(admin, administratorsId))).toBeNull();
    expect(await attempt(admin, () => calls.renameUser(admin, otherAdmin.id))).toBeNull();
    expect(await attempt(admin, () => calls.setPassword(admin, otherAdmin.id))).toBeNull();
    expect(await attempt(admin, () => calls.revokeSessions(admin, otherAdmin.id))).toBeNull();
    expect(await attempt(admin, () => calls.grantInGroup(admin, weakGroup.id, [SpecialRight.SIGN_IN_AS_PARTNER]))).toBeNull();
    expect(await attempt(admin, () => calls.deleteUser(admin, promoted.id))).toBeNull();
  });

  it('may not move itself out of Administrators, set its own password here or delete itself', async () => {
    const self = String(admin.staffUserId);
    expect(await attempt(admin, () => calls.moveUser(admin, self, weakGroup.id))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OWN_GROUP_CHANGE',
    });
    expect(await attempt(admin, () => calls.setPassword(admin, self))).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_PASSWORD' });
    expect(await attempt(admin, () => calls.deleteUser(admin, self))).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_DELETE' });
  });

  it('records who received Sign in as Partner, and group moves with old and new values', async () => {
    const { createUserGroup: group } = await admin.data(
      `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { ${GROUP_FIELDS} } }`,
      {
        input: { name: 'Support desk', rights: [], specialRights: [] },
      },
    );
    const member = await createUser(admin, group.id, 'Desk member');
    await calls.grantInGroup(admin, group.id, [SpecialRight.SIGN_IN_AS_PARTNER]);
    await calls.moveUser(admin, member.id, weakGroup.id);
    const { auditEvents } = await admin.data('{ auditEvents(first: 20) { action actorName subjectStaffUserId details } }');
    const grant = auditEvents.find((event: any) => event.action === 'USER_GROUP_CHANGED' && event.details.group === 'Support desk');
    expect(grant.details).toMatchObject({ specialRightsGranted: ['SIGN_IN_AS_PARTNER'], grantedTo: ['Desk member'] });
    expect(grant.details.changes.rights.to).toContain('SIGN_IN_AS_PARTNER');
    const move = auditEvents.find((event: any) => event.action === 'STAFF_USER_CHANGED' && event.subjectStaffUserId === member.id);
    expect(move.details.changes.group).toEqual({ from: 'Support desk', to: weakGroup.name });
  });
});
