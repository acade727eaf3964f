import { SpecialRight, StaffAction, StaffDomain } from '../staff/staff-rights';
import { CLIENT_FIELDS, createTestClient, saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { Session, SessionKind } from '../auth/session.entity';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { staffCreatesProject, staffCreatesQuote } from '../test-support/work-fixtures';

const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`;
const UPDATE_IDENTIFICATION = `mutation($input: UpdateClientIdentificationInput!) { updateClientIdentification(input: $input) { ${CLIENT_FIELDS} } }`;
const GET = `query($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} } }`;
const LIST = `query($first: Int!, $after: String, $filter: ClientFilter, $sortBy: ClientSortField!, $sortDirection: SortDirection!) {
  clients(first: $first, after: $after, filter: $filter, sortBy: $sortBy, sortDirection: $sortDirection) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id username name status email }
  } }`;

let test: TestApp;
let admin: GraphQLTestClient;

beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
});
afterAll(() => test.stop());

describe('creating a client', () => {
  it('stores Identification Data and starts the System Account assigned to status without portal access', async () => {
    const client = await createTestClient(admin, {
      username: 'Globex',
      name: '  Globex Corporation ',
      status: 'ACTIVE',
      email: 'it@globex.example',
    });
    expect(client).toMatchObject({
      username: 'Globex',
      name: 'Globex Corporation',
      status: 'ACTIVE',
      email: 'it@globex.example',
      assignToStatus: true,
      portalAccessAllowed: false,
      preferredLanguage: 'EN',
      version: 1,
      lastLoginAt: null,
      lastFailedLoginAt: null,
    });
    expect(client.effectiveAccess.canSignIn).toBe(false);
    expect(client.effectiveAccess.deniedReasons).toEqual(['PORTAL_ACCESS_NOT_ALLOWED']);
  });

  it('refuses an ID already used by another client, whatever its case', async () => {
    await createTestClient(admin, { username: 'Initech' });
    const error = await admin.error(CREATE, { input: { username: 'INITECH', name: 'Copy', status: 'ACTIVE' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(error.message).toContain('Initech');
  });

  it.each([
    ['username', { username: 'has space' }],
    ['username', { username: '-starts-with-dash' }],
    ['username', { username: 'x' }],
    ['name', { name: '' }],
    ['email', { email: 'not-an-email' }],
  ])('names the field %s when the input is invalid', async (field, change) => {
    const error = await admin.error(CREATE, { input: { username: 'Valid1', name: 'Valid', status: 'ACTIVE', email: null, ...change } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses anonymous callers and staff without the create right', async () => {
    const input = { username: 'Nobody1', name: 'Nobody', status: 'ACTIVE' };
    expect((await test.anonymous().error(CREATE, { input })).extensions?.code).toBe('UNAUTHENTICATED');
    const browser = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] } });
    const forbidden = await browser.error(CREATE, { input });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.message).toContain('CLIENTS:CREATE');
  });
});

describe('reading one client', () => {
  it('returns the client, NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const client = await createTestClient(admin);
    expect((await admin.data(GET, { id: client.id })).client.username).toBe(client.username);
    expect((await admin.error(GET, { id: '999999' })).extensions?.code).toBe('NOT_FOUND');
    expect((await admin.error(GET, { id: 'abc' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('needs the display right', async () => {
    const client = await createTestClient(admin);
    const browseOnly = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE] } });
    expect((await browseOnly.error(GET, { id: client.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await test.anonymous().error(GET, { id: client.id })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('editing Identification Data', () => {
  it('saves changes, bumps the version and records who saved', async () => {
    const client = await createTestClient(admin);
    const { updateClientIdentification: saved } = await admin.data(UPDATE_IDENTIFICATION, {
      input: { id: client.id, version: client.version, username: client.username, name: 'Renamed Ltd', status: 'INACTIVE', email: null },
    });
    expect(saved).toMatchObject({ name: 'Renamed Ltd', status: 'INACTIVE', email: null, version: client.version + 1 });
    expect(saved.updatedBy).toMatch(/^Staff/);
  });

  it('refuses a save based on a stale version with CONFLICT naming who saved in between, and keeps their change', async () => {
    const client = await createTestClient(admin);
    const colleague = await test.signedInStaff();
    const base = { id: client.id, version: client.version, username: client.username, status: 'ACTIVE', email: null };
    await colleague.data(UPDATE_IDENTIFICATION, { input: { ...base, name: 'Colleague was first' } });
    const error = await admin.error(UPDATE_IDENTIFICATION, { input: { ...base, name: 'Me second' } });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: client.version + 1 });
    expect(error.extensions?.updatedBy).toMatch(/^Staff/);
    expect((await admin.data(GET, { id: client.id })).client.name).toBe('Colleague was first');
  });

  it('needs the edit right', async () => {
    const client = await createTestClient(admin);
    const viewer = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] } });
    const error = await viewer.error(UPDATE_IDENTIFICATION, {
      input: { id: client.id, version: client.version, username: client.username, name: 'x', status: 'ACTIVE' },
    });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('System Account', () => {
  it('assigns a group, allows portal access and stores language and format preferences', async () => {
    const client = await createTestClient(admin, { status: 'POTENTIAL' });
    const { clientGroups } = await admin.data('{ clientGroups { id name statusGroupFor } }');
    const active = clientGroups.find((group: any) => group.statusGroupFor === 'ACTIVE');
    const result = await saveSystemAccount(admin, client, {
      assignToStatus: false,
      groupId: active.id,
      portalAccessAllowed: true,
      preferredLanguage: 'PL',
      formatPreferences: {
        dateFormat: 'dd.MM.yyyy',
        timeFormat: 'HH:mm',
        decimalSeparator: ',',
        thousandsSeparator: ' ',
        firstDayOfWeek: 'MONDAY',
        timeZone: 'Europe/Warsaw',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateSystemAccount).toMatchObject({
      assignToStatus: false,
      groupId: active.id,
      portalAccessAllowed: true,
      preferredLanguage: 'PL',
      formatPreferences: { dateFormat: 'dd.MM.yyyy', thousandsSeparator: ' ', timeZone: 'Europe/Warsaw' },
      effectiveAccess: { canSignIn: true, assignedBy: 'GROUP', group: { name: 'Active' } },
    });
  });

  it('treats blank format preferences as "default for the language"', async () => {
    const client = await createTestClient(admin);
    const result = await saveSystemAccount(admin, client, { formatPreferences: { dateFormat: '  ', timeZone: '' } });
    expect(result.data?.updateSystemAccount.formatPreferences).toEqual({
      dateFormat: null,
      timeFormat: null,
      decimalSeparator: null,
      thousandsSeparator: null,
      firstDayOfWeek: null,
      timeZone: null,
    });
  });

  it.each([
    ['dateFormat', { dateFormat: 'yyyy-MM' }, 'day'],
    ['dateFormat', { dateFormat: 'dd.MM.yyyy %s' }, 'only use'],
    ['timeFormat', { timeFormat: 'hh:mm' }, 'AM/PM'],
    ['timeFormat', { timeFormat: 'HH' }, 'minutes'],
    ['decimalSeparator', { decimalSeparator: ';' }, '"." or ","'],
    ['thousandsSeparator', { decimalSeparator: ',', thousandsSeparator: ',' }, 'differ'],
    ['timeZone', { timeZone: 'Mars/Olympus' }, 'not a known time zone'],
  ])('refuses an invalid %s with a message saying why', async (field, formatPreferences, message) => {
    const client = await createTestClient(admin);
    const result = await saveSystemAccount(admin, client, { formatPreferences });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `formatPreferences.${field}` });
    expect(result.errors?.[0].message).toContain(message);
    expect((await admin.data(GET, { id: client.id })).client.version).toBe(client.version);
  });

  it('asks for a group when "Assign to Status" is off', async () => {
    const client = await createTestClient(admin);
    const result = await saveSystemAccount(admin, client, { assignToStatus: false, groupId: null });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupId' });
  });

  it('refuses an unknown language', async () => {
    const client = await createTestClient(admin);
    const result = await saveSystemAccount(admin, client, { preferredLanguage: 'XX' });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps Last Login Date and Last Failed Login Date out of staff hands', async () => {
    const client = await createTestClient(admin);
    const result = await saveSystemAccount(admin, client, { lastLoginAt: '2020-01-01T00:00:00.000Z' });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toContain('lastLoginAt');
  });

  it('refuses a stale version', async () => {
    const client = await createTestClient(admin);
    expect((await saveSystemAccount(admin, client, { portalAccessAllowed: true })).errors).toBeUndefined();
    const stale = await saveSystemAccount(admin, client, { preferredLanguage: 'FR' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('needs the edit right', async () => {
    const client = await createTestClient(admin);
    const viewer = await test.signedInStaff({
      rights: { [StaffDomain.CLIENTS]: [StaffAction.DISPLAY] },
      specialRights: [SpecialRight.SIGN_IN_AS_PARTNER],
    });
    expect((await saveSystemAccount(viewer, client, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe("a client's history", () => {
  const HISTORY = 'query($id: ID!) { client(id: $id) { history { action occurredAt actorName details } } }';

  it('lists who changed access, language and aliases, newest first, with old and new values', async () => {
    const client = await createTestClient(admin);
    await saveSystemAccount(admin, client, { portalAccessAllowed: true, preferredLanguage: 'DE' });
    await admin.data('mutation($input: AddPartnerAliasInput!) { addPartnerAlias(input: $input) { id } }', {
      input: { clientId: client.id, tool: 'XTM', externalUsername: 'acme.xtm' },
    });
    const { history } = (await admin.data(HISTORY, { id: client.id })).client;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual(['PARTNER_ALIAS_ADDED', 'CLIENT_ACCESS_CHANGED']);
    expect(history[1].details.changes).toMatchObject({
      portalAccessAllowed: { from: false, to: true },
      preferredLanguage: { from: 'EN', to: 'DE' },
    });
    expect(history[1].actorName).toBeTruthy();
  });

  it('never tells where a colleague worked from: the IP address stays in the audit log, for those who may read it', async () => {
    const client = await createTestClient(admin);
    await saveSystemAccount(admin, client, { portalAccessAllowed: true });
    const reader = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] } });
    const asked = await reader.error('query($id: ID!) { client(id: $id) { history { action ipAddress } } }', { id: client.id });
    expect(asked.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await reader.data(HISTORY, { id: client.id })).client.history[0].action).toBe('CLIENT_ACCESS_CHANGED');
    expect(
      (await reader.error('query($id: ID) { auditEvents(first: 5, clientId: $id) { ipAddress } }', { id: client.id })).extensions?.code,
    ).toBe('FORBIDDEN');
    const { auditEvents } = await admin.data('query($id: ID) { auditEvents(first: 5, clientId: $id) { ipAddress } }', { id: client.id });
    expect(auditEvents[0].ipAddress).toBeTruthy();
  });

  it('is shown to staff who may display clients, and no one else', async () => {
    const client = await createTestClient(admin);
    const browser = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE] } });
    expect((await browser.error(HISTORY, { id: client.id })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('deleting a client', () => {
  const DELETE = 'mutation($id: ID!) { deleteClient(id: $id) }';
  const rows = async (table: string, clientId: string) =>
    Number(
      (
        (await test.app.database.dataSource.query(`SELECT COUNT(*) AS total FROM ${table} WHERE clientId = ?`, [
          Number(clientId),
        ])) as Array<{
          total: unknown;
        }>
      )[0].total,
    );

  it('removes the client for staff with the delete right only', async () => {
    const client = await createTestClient(admin);
    const editor = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.EDIT] } });
    expect((await editor.error(DELETE, { id: client.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await admin.data(DELETE, { id: client.id })).deleteClient).toBe(true);
    expect((await admin.error(GET, { id: client.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('removes a client without work with its aliases, sessions and tokens in one go, and records who deleted it', async () => {
    const client = await createTestClient(admin);
    await admin.data('mutation($input: AddPartnerAliasInput!) { addPartnerAlias(input: $input) { id } }', {
      input: { clientId: client.id, tool: 'MEMOQ', externalUsername: 'acme-memoq' },
    });
    const now = new Date();
    await test.app.database.dataSource.getRepository(Session).insert({
      tokenHash: `deleted-client-${client.id}`.padEnd(64, '0'),
      kind: SessionKind.CLIENT,
      staffUserId: null,
      clientId: Number(client.id),
      signInAsPartnerSessionId: null,
      expiresAt: new Date(now.getTime() + 3600_000),
      lastSeenAt: now,
      revokedAt: null,
    });
    expect(await rows('partner_aliases', client.id)).toBe(1);
    expect(await rows('sessions', client.id)).toBe(1);

    expect((await admin.data(DELETE, { id: client.id })).deleteClient).toBe(true);
    expect(await rows('partner_aliases', client.id)).toBe(0);
    expect(await rows('sessions', client.id)).toBe(0);
    expect(await rows('one_time_tokens', client.id)).toBe(0);
    const { auditEvents } = await admin.data(
      'query($clientId: ID) { auditEvents(first: 20, clientId: $clientId) { action clientId details } }',
      {
        clientId: client.id,
      },
    );
    const deleted = (auditEvents as Array<{ action: string; clientId: string | null; details: Record<string, unknown> }>).find(
      (event) => event.action === 'CLIENT_DELETED' && event.clientId === client.id,
    );
    expect(deleted?.details).toMatchObject({ client: client.username, removed: { partnerAliases: 1 } });
  });

  it('refuses a client with work, with the counts, and leaves everything in place', async () => {
    const client = await createTestClient(admin);
    await staffCreatesProject(admin, client.id);
    await staffCreatesQuote(admin, client.id);
    const refusal = await admin.error(DELETE, { id: client.id });
    expect(refusal.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CLIENT_HAS_WORK',
      projectCount: 1,
      quoteCount: 1,
      requestCount: 0,
    });
    expect((await admin.data(GET, { id: client.id })).client.id).toBe(client.id);
  });

  it('never leaves a project behind when the delete and a new project arrive at the same moment', async () => {
    for (let round = 0; round < 4; round += 1) {
      const client = await createTestClient(admin);
      const [deleted, created] = await Promise.all([
        admin.request(DELETE, { id: client.id }),
        admin.request(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
          input: {
            clientId: client.id,
            name: 'Race',
            services: ['TRANSLATION'],
            sourceLanguage: 'en',
            targetLanguages: ['pl'],
            deadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
            totalCost: '1.00',
            currency: 'EUR',
          },
        }),
      ]);
      const projectMade = Boolean(created.data?.createProject);
      const clientGone = deleted.data?.deleteClient === true;
      // Exactly one wins: a deleted client has no project, a client with the project stays.
      expect(projectMade !== clientGone).toBe(true);
      if (clientGone) expect(await rows('projects', client.id)).toBe(0);
    }
  });
});

describe('the clients list', () => {
  let prefix: string;
  beforeAll(async () => {
    prefix = `zq${Date.now().toString(36)}`;
    const statuses = ['ACTIVE', 'POTENTIAL', 'INACTIVE'];
    for (let index = 0; index < 7; index += 1) {
      await createTestClient(admin, {
        username: `${prefix}-${index}`,
        name: `${prefix.toUpperCase()} Client ${String.fromCharCode(71 - index)}`,
        status: statuses[index % 3],
        email: `person${index}@${prefix}.example`,
      });
    }
  });
  const list = (variables: Record<string, unknown>) =>
    admin.data(LIST, { first: 3, sortBy: 'NAME', sortDirection: 'ASC', ...variables }).then((data) => data.clients);

  it('searches ID, name and e-mail by their start, ignoring case', async () => {
    expect((await list({ first: 100, filter: { search: prefix.toUpperCase() } })).totalCount).toBe(7);
    expect((await list({ filter: { search: `${prefix}-3` } })).nodes.map((client: any) => client.username)).toEqual([`${prefix}-3`]);
    expect((await list({ filter: { search: `PERSON5@${prefix}` } })).nodes.map((client: any) => client.username)).toEqual([`${prefix}-5`]);
    // Punctuation separates words and is never a wildcard.
    expect((await list({ filter: { search: `${prefix.slice(0, 3)}%${prefix.slice(4)}` } })).totalCount).toBe(0);
  });

  it('finds a client by any word of its name, ID or e-mail, by the start of the word', async () => {
    const found = await list({ first: 100, filter: { search: `client d ${prefix}` } });
    // "Client" is the middle word of the name and "D" the last one.
    expect(found.nodes.map((client: any) => client.username)).toEqual([`${prefix}-3`]);
    expect((await list({ first: 100, filter: { search: `lient ${prefix}` } })).totalCount).toBe(0);
    expect((await list({ first: 100, filter: { search: `example ${prefix}` } })).totalCount).toBe(7);
    expect((await list({ first: 100, filter: { search: `${prefix} 3` } })).nodes.map((client: any) => client.username)).toEqual([
      `${prefix}-3`,
    ]);
  });

  it('finds a client by its new name once renamed, and no longer by the old one', async () => {
    const client = await createTestClient(admin, { name: 'Acme Pharmaceuticals GmbH' });
    const word = `w${Date.now().toString(36)}`;
    await admin.data(UPDATE_IDENTIFICATION, {
      input: {
        id: client.id,
        version: client.version,
        username: client.username,
        name: `Acme ${word} GmbH`,
        status: client.status,
        email: null,
      },
    });
    expect((await list({ filter: { search: word } })).nodes.map((found: any) => found.id)).toEqual([client.id]);
    expect((await list({ first: 100, filter: { search: `pharmaceuticals ${client.username}` } })).totalCount).toBe(0);
  });

  it('pages through every match exactly once with the cursor, in order', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await list({ after, filter: { search: prefix } });
      names.push(...page.nodes.map((client: any) => client.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toHaveLength(7);
    expect(names).toEqual([...names].sort());
  });

  it('sorts descending and by ID', async () => {
    const descending = await list({ first: 7, filter: { search: prefix }, sortDirection: 'DESC' });
    expect(descending.nodes[0].name).toContain('Client G');
    const byId = await list({ first: 7, filter: { search: prefix }, sortBy: 'USERNAME' });
    expect(byId.nodes.map((client: any) => client.username)).toEqual([0, 1, 2, 3, 4, 5, 6].map((index) => `${prefix}-${index}`));
  });

  it('filters by status and by effective group', async () => {
    const potential = await list({ first: 100, filter: { search: prefix, status: 'POTENTIAL' } });
    expect(potential.nodes.every((client: any) => client.status === 'POTENTIAL')).toBe(true);
    expect(potential.totalCount).toBe(2);
    const { clientGroups } = await admin.data('{ clientGroups { id statusGroupFor } }');
    const inactiveGroup = clientGroups.find((group: any) => group.statusGroupFor === 'INACTIVE');
    const inInactive = await list({ first: 100, filter: { search: prefix, groupId: inactiveGroup.id } });
    expect(inInactive.nodes.map((client: any) => client.status)).toEqual(['INACTIVE', 'INACTIVE']);
  });

  it('refuses a page size over 100 and a forged cursor', async () => {
    expect((await admin.error(LIST, { first: 101, sortBy: 'NAME', sortDirection: 'ASC' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect((await admin.error(LIST, { first: 5, after: 'bm9wZQ', sortBy: 'NAME', sortDirection: 'ASC' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('needs the browse right', async () => {
    const displayOnly = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.DISPLAY] } });
    expect((await displayOnly.error(LIST, { first: 5, sortBy: 'NAME', sortDirection: 'ASC' })).extensions?.code).toBe('FORBIDDEN');
    expect((await test.anonymous().error(LIST, { first: 5, sortBy: 'NAME', sortDirection: 'ASC' })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
