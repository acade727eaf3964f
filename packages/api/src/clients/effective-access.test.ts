import { createTestClient, saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';

let test: TestApp;
let admin: GraphQLTestClient;
let groups: { open: { id: string; name: string }; closed: { id: string; name: string } };

beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
  const create = (name: string, accessAllowed: boolean) =>
    admin
      .data('mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id name } }', {
        input: { name, accessAllowed, rights: [{ area: 'QUOTES', actions: ['BROWSE', 'DISPLAY'] }] },
      })
      .then((data) => data.createClientGroup);
  groups = { open: await create('Open group', true), closed: await create('Closed group', false) };
});
afterAll(() => test.stop());

const statuses = ['ACTIVE', 'POTENTIAL', 'INACTIVE'] as const;
const combinations = statuses.flatMap((status) =>
  [true, false].flatMap((assignToStatus) =>
    (['open', 'closed'] as const).flatMap((chosenGroup) =>
      [true, false].map((portalAccessAllowed) => ({ status, assignToStatus, chosenGroup, portalAccessAllowed })),
    ),
  ),
);

describe('effective Client Portal access', () => {
  it.each(combinations)(
    'status $status, assignToStatus $assignToStatus, chosen group $chosenGroup, portal access $portalAccessAllowed',
    async ({ status, assignToStatus, chosenGroup, portalAccessAllowed }) => {
      const client = await createTestClient(admin, { status });
      const result = await saveSystemAccount(admin, client, {
        assignToStatus,
        groupId: assignToStatus ? null : groups[chosenGroup].id,
        portalAccessAllowed,
      });
      expect(result.errors).toBeUndefined();
      const access = result.data!.updateSystemAccount.effectiveAccess;

      // With "Assign to Status" only Active grants access; otherwise the chosen group decides.
      const groupGrants = assignToStatus ? status === 'ACTIVE' : chosenGroup === 'open';
      const expectedGroup = assignToStatus ? status.charAt(0) + status.slice(1).toLowerCase() : groups[chosenGroup].name;
      const expectedReasons = [
        ...(groupGrants ? [] : [assignToStatus ? 'STATUS_DENIES_ACCESS' : 'GROUP_DENIES_ACCESS']),
        ...(portalAccessAllowed ? [] : ['PORTAL_ACCESS_NOT_ALLOWED']),
      ];

      expect(access.group.name).toBe(expectedGroup);
      expect(access.assignedBy).toBe(assignToStatus ? 'STATUS' : 'GROUP');
      expect(access.canSignIn).toBe(groupGrants && portalAccessAllowed);
      expect(access.deniedReasons).toEqual(expectedReasons);
      expect(access.explanation).toMatch(access.canSignIn ? /^Can sign in/ : /^Cannot sign in/);
      const granted = access.rights.filter((row: any) => row.actions.length > 0);
      if (access.canSignIn) expect(granted.length).toBeGreaterThan(0);
      else expect(granted).toEqual([]);
    },
  );

  it("follows a change of the group's own access at once", async () => {
    const client = await createTestClient(admin);
    const { clientGroups } = await admin.data('{ clientGroups { id name version accessAllowed statusGroupFor rights { area actions } } }');
    const custom = await admin.data(
      'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id name version rights { area actions } } }',
      { input: { name: 'Soon closed', accessAllowed: true, rights: [] } },
    );
    const group = custom.createClientGroup;
    const saved = await saveSystemAccount(admin, client, { assignToStatus: false, groupId: group.id, portalAccessAllowed: true });
    expect(saved.data!.updateSystemAccount.effectiveAccess.canSignIn).toBe(true);
    await admin.data('mutation($input: UpdateClientGroupInput!) { updateClientGroup(input: $input) { id } }', {
      input: { id: group.id, version: group.version, name: group.name, accessAllowed: false, rights: [] },
    });
    const { client: reread } = await admin.data('query($id: ID!) { client(id: $id) { effectiveAccess { canSignIn deniedReasons } } }', {
      id: client.id,
    });
    expect(reread.effectiveAccess).toEqual({ canSignIn: false, deniedReasons: ['GROUP_DENIES_ACCESS'] });
    expect(clientGroups.length).toBeGreaterThanOrEqual(3);
  });
});
