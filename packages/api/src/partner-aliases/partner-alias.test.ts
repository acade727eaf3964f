import { StaffAction, StaffDomain } from '../staff/staff-rights';
import { createTestClient } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';

const ADD = 'mutation($input: AddPartnerAliasInput!) { addPartnerAlias(input: $input) { id clientId tool externalUsername } }';
const UPDATE = 'mutation($input: UpdatePartnerAliasInput!) { updatePartnerAlias(input: $input) { id tool externalUsername } }';
const REMOVE = 'mutation($id: ID!) { removePartnerAlias(id: $id) }';
const ALIASES = 'query($id: ID!) { client(id: $id) { partnerAliases { id tool externalUsername } } }';

let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
});
afterAll(() => test.stop());

describe('partner aliases (username in external system)', () => {
  it('lists every CAT tool with its mapping rules', async () => {
    const { catTools } = await admin.data('{ catTools { tool label rules { code description } } }');
    expect(catTools.map((tool: any) => tool.tool)).toEqual(expect.arrayContaining(['XTM', 'PHRASE', 'MEMOQ', 'TRADOS']));
    expect(catTools.every((tool: any) => tool.rules.length > 0)).toBe(true);
  });

  it('adds, edits and removes an alias of a client', async () => {
    const client = await createTestClient(admin);
    const { addPartnerAlias: alias } = await admin.data(ADD, {
      input: { clientId: client.id, tool: 'XTM', externalUsername: ' acme.loc ' },
    });
    expect(alias).toMatchObject({ clientId: client.id, tool: 'XTM', externalUsername: 'acme.loc' });
    await admin.data(UPDATE, { input: { id: alias.id, externalUsername: 'acme_loc' } });
    expect((await admin.data(ALIASES, { id: client.id })).client.partnerAliases).toEqual([
      { id: alias.id, tool: 'XTM', externalUsername: 'acme_loc' },
    ]);
    expect((await admin.data(REMOVE, { id: alias.id })).removePartnerAlias).toBe(true);
    expect((await admin.data(ALIASES, { id: client.id })).client.partnerAliases).toEqual([]);
    expect((await admin.error(REMOVE, { id: alias.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('allows one alias per client and tool', async () => {
    const client = await createTestClient(admin);
    await admin.data(ADD, { input: { clientId: client.id, tool: 'PHRASE', externalUsername: 'first-one' } });
    const error = await admin.error(ADD, { input: { clientId: client.id, tool: 'PHRASE', externalUsername: 'second-one' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tool', rule: 'ONE_PER_CLIENT_AND_TOOL' });
  });

  it('maps an external username to one client per tool, ignoring case, but lets another tool reuse it', async () => {
    const first = await createTestClient(admin);
    const second = await createTestClient(admin);
    await admin.data(ADD, { input: { clientId: first.id, tool: 'MEMOQ', externalUsername: 'Shared Name' } });
    const clash = await admin.error(ADD, { input: { clientId: second.id, tool: 'MEMOQ', externalUsername: 'shared name' } });
    expect(clash.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalUsername', rule: 'UNIQUE_PER_TOOL' });
    expect(clash.message).toContain(first.username);
    const { addPartnerAlias } = await admin.data(ADD, { input: { clientId: second.id, tool: 'PHRASE', externalUsername: 'Shared-Name' } });
    expect(addPartnerAlias.tool).toBe('PHRASE');
  });

  it.each([
    ['XTM', 'a', 'XTM_LENGTH'],
    ['XTM', 'has space', 'XTM_CHARACTERS'],
    ['PHRASE', 'no spaces please', 'PHRASE_NO_WHITESPACE'],
    ['MEMOQ', 'back\\slash', 'MEMOQ_FORBIDDEN_CHARACTERS'],
    ['TRADOS', 'not-an-email', 'TRADOS_EMAIL'],
    ['SMARTCAT', 'user', 'SMARTCAT_EMAIL'],
    ['WORDBEE', 'ab', 'WORDBEE_LENGTH'],
    ['ACROSS', 'domain\\user name', 'ACROSS_ACCOUNT_FORMAT'],
  ])('enforces %s rule on "%s" and names the rule %s', async (tool, externalUsername, rule) => {
    const client = await createTestClient(admin);
    const error = await admin.error(ADD, { input: { clientId: client.id, tool, externalUsername } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalUsername', rule });
  });

  it('applies the rules on edit too', async () => {
    const client = await createTestClient(admin);
    const { addPartnerAlias: alias } = await admin.data(ADD, {
      input: { clientId: client.id, tool: 'TRADOS', externalUsername: 'pm@client.example' },
    });
    const error = await admin.error(UPDATE, { input: { id: alias.id, externalUsername: 'plain' } });
    expect(error.extensions).toMatchObject({ rule: 'TRADOS_EMAIL' });
  });

  it('needs the client edit right', async () => {
    const client = await createTestClient(admin);
    const reader = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] } });
    expect((await reader.error(ADD, { input: { clientId: client.id, tool: 'XTM', externalUsername: 'xyz' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await test.anonymous().error(ADD, { input: { clientId: client.id, tool: 'XTM', externalUsername: 'xyz' } })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await admin.error(ADD, { input: { clientId: '99999', tool: 'XTM', externalUsername: 'xyz' } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});
