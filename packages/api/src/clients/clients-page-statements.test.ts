import { ClientGroup } from '../client-groups/client-group.entity';
import { Client } from './client.entity';
import { ClientStatus } from './client-status';
import { FormatPreferences } from './format-preferences';
import { PartnerAlias } from '../partner-aliases/partner-alias.entity';
import { CatTool } from '../partner-aliases/cat-tools';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';

const PAGE = `query($first: Int!) { clients(first: $first) {
  totalCount
  nodes { id username group { name } partnerAliases { tool externalUsername } canSignInAsPartner
    effectiveAccess { canSignIn explanation group { name } rights { area actions } } }
} }`;

let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
  const { dataSource } = test.app.database;
  const group = await dataSource
    .getRepository(ClientGroup)
    .save({ name: 'Batch', nameKey: 'batch', accessAllowed: true, statusGroupFor: null, rightsMatrix: {} });
  const statuses = Object.values(ClientStatus);
  const clients = await dataSource.getRepository(Client).save(
    Array.from({ length: 120 }, (_, index) => ({
      username: `BULK${index}`,
      usernameKey: `bulk${index}`,
      name: `Bulk client ${index}`,
      nameKey: `bulk client ${index}`,
      status: statuses[index % 3],
      email: null,
      emailKey: null,
      assignToStatus: index % 2 === 0,
      groupId: index % 2 === 0 ? null : group.id,
      effectiveGroupId: index % 2 === 0 ? null : group.id,
      portalAccessAllowed: true,
      formatPreferences: new FormatPreferences(),
      updatedBy: null,
    })),
    { chunk: 40 },
  );
  await dataSource.getRepository(PartnerAlias).save(
    clients.flatMap((client, index) => [
      { clientId: client.id, tool: CatTool.XTM, externalUsername: `xtm${index}`, externalUsernameKey: `xtm${index}` },
      { clientId: client.id, tool: CatTool.PHRASE, externalUsername: `phrase${index}`, externalUsernameKey: `phrase${index}` },
    ]),
    { chunk: 80 },
  );
});
afterAll(() => test.stop());

describe('a page of clients with groups and aliases', () => {
  it('takes the same small number of SQL statements for 10 and for 100 clients (no N+1)', async () => {
    let page: any;
    const forTen = await test.countStatements(async () => (page = await admin.data(PAGE, { first: 10 })));
    expect(page.clients.nodes).toHaveLength(10);
    const forHundred = await test.countStatements(async () => (page = await admin.data(PAGE, { first: 100 })));
    expect(page.clients.nodes).toHaveLength(100);
    expect(page.clients.nodes.filter((client: any) => client.partnerAliases.length === 2)).toHaveLength(100);
    // Odd-numbered clients were assigned to the Batch group, even-numbered ones to their status.
    for (const client of page.clients.nodes) {
      const odd = Number(client.username.replace('BULK', '')) % 2 === 1;
      expect(client.group?.name ?? null).toBe(odd ? 'Batch' : null);
    }

    expect(forHundred).toBe(forTen);
    // session, page rows, total count, client groups, partner aliases, portal settings (Sign in as Partner needs 2.0 on)
    expect(forHundred).toBeLessThanOrEqual(6);
  });
});
