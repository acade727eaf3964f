import { StaffAction, StaffDomain } from '../staff/staff-rights';
import { createTestClient, saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { RightsThatDoSomething1765300000001 } from '../database/migrations/shared/1765300000001-RightsThatDoSomething';
import { startTestApp, type TestApp } from '../test-support/test-app';

const FIELDS = 'id name accessAllowed builtIn statusGroupFor version rights { area actions }';
const LIST = `{ clientGroups { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateClientGroupInput!) { updateClientGroup(input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteClientGroup(id: $id) }';

let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
});
afterAll(() => test.stop());

describe('client groups', () => {
  it('always has the three built-in status groups, Active with access', async () => {
    const { clientGroups } = await admin.data(LIST);
    const builtIn = clientGroups.filter((group: any) => group.builtIn);
    expect(builtIn.map((group: any) => [group.name, group.statusGroupFor, group.accessAllowed]).sort()).toEqual([
      ['Active', 'ACTIVE', true],
      ['Inactive', 'INACTIVE', false],
      ['Potential', 'POTENTIAL', false],
    ]);
    // Every area has a row in the matrix, even without rights.
    expect(builtIn[0].rights.map((row: any) => row.area)).toEqual([
      'PROJECTS',
      'QUOTES',
      'REQUESTS',
      'FEEDBACK',
      'FILES',
      'MESSAGES',
      'PROFILE',
    ]);
  });

  it('creates a group with its matrix, in column order and without duplicates', async () => {
    const { createClientGroup: group } = await admin.data(CREATE, {
      input: { name: 'Agencies', accessAllowed: true, rights: [{ area: 'PROJECTS', actions: ['DISPLAY', 'BROWSE', 'BROWSE'] }] },
    });
    expect(group).toMatchObject({ name: 'Agencies', accessAllowed: true, builtIn: false, statusGroupFor: null, version: 1 });
    expect(group.rights.find((row: any) => row.area === 'PROJECTS').actions).toEqual(['BROWSE', 'DISPLAY']);
    expect(group.rights.find((row: any) => row.area === 'QUOTES').actions).toEqual([]);
  });

  it('keeps only rights that do something in each area, and gives Edit and Delete the Display and Browse they imply', async () => {
    const { createClientGroup: group } = await admin.data(CREATE, {
      input: {
        name: 'Implied rights',
        accessAllowed: true,
        rights: [
          { area: 'QUOTES', actions: ['EDIT'] },
          { area: 'PROJECTS', actions: ['DELETE', 'ADD'] },
          { area: 'PROFILE', actions: ['EDIT', 'BROWSE'] },
          { area: 'MESSAGES', actions: ['ADD', 'DELETE'] },
        ],
      },
    });
    const row = (area: string) => group.rights.find((candidate: any) => candidate.area === area).actions;
    expect(row('QUOTES')).toEqual(['BROWSE', 'DISPLAY', 'EDIT']);
    // Projects offer no Add or Delete to clients: nothing is stored for them.
    expect(row('PROJECTS')).toEqual([]);
    expect(row('PROFILE')).toEqual(['DISPLAY', 'EDIT']);
    expect(row('MESSAGES')).toEqual(['ADD']);
    const stored = await test.app.database.dataSource.query('SELECT rightsMatrix FROM client_groups WHERE id = ?', [Number(group.id)]);
    expect(JSON.parse(stored[0].rightsMatrix)).toEqual({
      QUOTES: ['BROWSE', 'DISPLAY', 'EDIT'],
      PROFILE: ['DISPLAY', 'EDIT'],
      MESSAGES: ['ADD'],
    });
  });

  it('drops stored rights that did nothing when migrating, and keeps every right that does', async () => {
    const { dataSource } = test.app.database;
    const { createClientGroup: group } = await admin.data(CREATE, { input: { name: 'Migrated', accessAllowed: true, rights: [] } });
    const before = { PROJECTS: ['BROWSE', 'DISPLAY', 'ADD', 'EDIT', 'DELETE'], FEEDBACK: ['EDIT'], PROFILE: ['DISPLAY'] };
    await dataSource.query('UPDATE client_groups SET rightsMatrix = ? WHERE id = ?', [JSON.stringify(before), Number(group.id)]);
    const runner = dataSource.createQueryRunner();
    try {
      await new RightsThatDoSomething1765300000001().up(runner);
    } finally {
      await runner.release();
    }
    const stored = await dataSource.query('SELECT rightsMatrix FROM client_groups WHERE id = ?', [Number(group.id)]);
    expect(JSON.parse(stored[0].rightsMatrix)).toEqual({ PROJECTS: ['BROWSE', 'DISPLAY', 'EDIT'], PROFILE: ['DISPLAY'] });
  });

  it('refuses a duplicate name regardless of case, and an empty one', async () => {
    await admin.data(CREATE, { input: { name: 'Resellers', accessAllowed: false, rights: [] } });
    expect((await admin.error(CREATE, { input: { name: 'RESELLERS', accessAllowed: false, rights: [] } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect((await admin.error(CREATE, { input: { name: '', accessAllowed: false, rights: [] } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(
      (
        await admin.error(CREATE, {
          input: {
            name: 'Twice',
            accessAllowed: false,
            rights: [
              { area: 'FILES', actions: [] },
              { area: 'FILES', actions: [] },
            ],
          },
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rights' });
  });

  it("lets staff tune a status group's rights but not rename or delete it", async () => {
    const { clientGroups } = await admin.data(LIST);
    const active = clientGroups.find((group: any) => group.statusGroupFor === 'ACTIVE');
    const renamed = await admin.error(UPDATE, {
      input: { id: active.id, version: active.version, name: 'Renamed', accessAllowed: true, rights: [] },
    });
    expect(renamed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const tuned = await admin.data(UPDATE, {
      input: {
        id: active.id,
        version: active.version,
        name: 'Active',
        accessAllowed: true,
        rights: [{ area: 'FILES', actions: ['BROWSE'] }],
      },
    });
    expect(tuned.updateClientGroup.rights.find((row: any) => row.area === 'FILES').actions).toEqual(['BROWSE']);
    const deleted = await admin.error(DELETE, { id: active.id });
    expect(deleted.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BUILT_IN_GROUP' });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const { createClientGroup: group } = await admin.data(CREATE, { input: { name: 'Versioned', accessAllowed: false, rights: [] } });
    await admin.data(UPDATE, { input: { id: group.id, version: group.version, name: 'Versioned', accessAllowed: true, rights: [] } });
    const stale = await admin.error(UPDATE, {
      input: { id: group.id, version: group.version, name: 'Versioned 2', accessAllowed: false, rights: [] },
    });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: group.version + 1 });
  });

  it('counts the clients using each group, for the whole list in one statement', async () => {
    const { createClientGroup: used } = await admin.data(CREATE, { input: { name: 'Counted', accessAllowed: true, rights: [] } });
    const { createClientGroup: unused } = await admin.data(CREATE, { input: { name: 'Not counted', accessAllowed: true, rights: [] } });
    for (let index = 0; index < 2; index += 1) {
      await saveSystemAccount(admin, await createTestClient(admin), { assignToStatus: false, groupId: used.id });
    }
    const counts = new Map<string, number>();
    const statements = await test.countStatements(async () => {
      const { clientGroups } = await admin.data('{ clientGroups { id clientCount } }');
      for (const group of clientGroups) counts.set(group.id, group.clientCount);
    });
    expect(counts.get(used.id)).toBe(2);
    expect(counts.get(unused.id)).toBe(0);
    // The session, the groups and one count for them all: not one count per group.
    const { clientGroups } = await admin.data(LIST);
    expect(statements).toBeLessThan(clientGroups.length);
    const withoutCount = await test.countStatements(() => admin.data('{ clientGroups { id } }'));
    expect(statements - withoutCount).toBe(1);
  });

  it('refuses to delete a group in use with GROUP_IN_USE even when a client is assigned at the same moment', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { createClientGroup: group } = await admin.data(CREATE, {
        input: { name: `Racing ${round}`, accessAllowed: true, rights: [] },
      });
      const client = await createTestClient(admin);
      const [deleted, assigned] = await Promise.all([
        admin.request(DELETE, { id: group.id }),
        saveSystemAccount(admin, client, { assignToStatus: false, groupId: group.id }).then((answer) =>
          Boolean(answer.data?.updateSystemAccount),
        ),
      ]);
      if (deleted.data?.deleteClientGroup) {
        expect(assigned).toBe(false);
      } else {
        expect(deleted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GROUP_IN_USE', clientCount: 1 });
        expect(assigned).toBe(true);
      }
    }
  });

  it('deletes a group only when no client is assigned to it', async () => {
    const { createClientGroup: group } = await admin.data(CREATE, { input: { name: 'Temporary', accessAllowed: true, rights: [] } });
    const client = await createTestClient(admin);
    await saveSystemAccount(admin, client, { assignToStatus: false, groupId: group.id });
    expect((await admin.error(DELETE, { id: group.id })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GROUP_IN_USE',
      clientCount: 1,
    });
    await admin.data('mutation($id: ID!) { deleteClient(id: $id) }', { id: client.id });
    expect((await admin.data(DELETE, { id: group.id })).deleteClientGroup).toBe(true);
    expect((await admin.error('query($id: ID!) { clientGroup(id: $id) { id } }', { id: group.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('checks the rights of each operation', async () => {
    const reader = await test.signedInStaff({ rights: { [StaffDomain.CLIENT_GROUPS]: [StaffAction.BROWSE] } });
    expect((await reader.data(LIST)).clientGroups.length).toBeGreaterThanOrEqual(3);
    expect((await reader.error(CREATE, { input: { name: 'No', accessAllowed: true, rights: [] } })).extensions?.code).toBe('FORBIDDEN');
    const { clientGroups } = await admin.data(LIST);
    const group = clientGroups.find((candidate: any) => !candidate.builtIn);
    expect(
      (await reader.error(UPDATE, { input: { id: group.id, version: group.version, name: group.name, accessAllowed: true, rights: [] } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await reader.error(DELETE, { id: group.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await test.anonymous().error(LIST)).extensions?.code).toBe('UNAUTHENTICATED');
    const unrelated = await test.signedInStaff({ rights: { [StaffDomain.USER_MANAGEMENT]: [StaffAction.BROWSE] } });
    expect((await unrelated.error(LIST)).extensions?.code).toBe('FORBIDDEN');
  });
});
