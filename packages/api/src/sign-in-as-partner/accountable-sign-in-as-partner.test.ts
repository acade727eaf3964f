import { getMetadataStorage } from 'type-graphql';
import { buildPorticoSchema } from '../schema/build-schema';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { isClientRequirement } from '../auth/requirements';
import { SpecialRight, StaffAction, StaffDomain } from '../staff/staff-rights';
import { CLIENT_PASSWORD, CLIENT_VIEWER, enablePortal2, portalClient, signedInClient } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';

const START =
  'mutation($id: ID!, $reason: String!, $changes: Boolean!) { startSignInAsPartner(clientId: $id, reason: $reason, allowChanges: $changes) { url } }';
const EXCHANGE = 'mutation($code: String!) { signInAsPartnerWithCode(code: $code) { impersonation { allowChanges reason } } }';
const LOG =
  'query($client: ID, $staff: ID) { signInAsPartnerLog(clientId: $client, staffUserId: $staff) { staffName reason allowChanges endReason } }';
const ACTIVITY =
  '{ clientSignInActivity { signIns { at browser approximateOrigin } staffViews { startedAt endedAt allowChanges staffName reason } } }';
const SETTINGS =
  '{ clientPortalSettings { version enabled publicUrl portalName logoUrl primaryColor welcomeText offeredAreas showStaffIdentityToClients notifyClientsOfChangeSessions } }';
const clientRights = { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] };

let mailbox: TestMailbox;
let test: TestApp;
let admin: GraphQLTestClient;
let looker: GraphQLTestClient & { staffUserId: number; groupId: number };
let changer: GraphQLTestClient & { staffUserId: number; groupId: number };

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
  looker = await test.signedInStaff({ rights: clientRights, specialRights: [SpecialRight.SIGN_IN_AS_PARTNER] });
  changer = await test.signedInStaff({
    rights: clientRights,
    specialRights: [SpecialRight.SIGN_IN_AS_PARTNER, SpecialRight.SIGN_IN_AS_PARTNER_WITH_CHANGES],
  });
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

async function openAs(
  staff: GraphQLTestClient,
  clientId: string,
  options: { reason?: string; changes?: boolean } = {},
): Promise<GraphQLTestClient> {
  const { startSignInAsPartner } = await staff.data(START, {
    id: clientId,
    reason: options.reason ?? 'Ticket 1234: quote layout',
    changes: options.changes ?? false,
  });
  const tab = test.anonymous();
  await tab.data(EXCHANGE, { code: new URL(startSignInAsPartner.url).hash.replace('#code=', '') });
  return tab;
}

async function setPortalSettings(changes: Record<string, unknown>): Promise<void> {
  const { clientPortalSettings: current } = await admin.data(SETTINGS);
  await admin.data('mutation($input: UpdateClientPortalSettingsInput!) { updateClientPortalSettings(input: $input) { version } }', {
    input: { ...current, ...changes },
  });
}

/** A syntactically valid value for an argument type, so a call reaches the authorization check. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(named))
    return (
      { Int: 1, Float: 1, Boolean: true, ID: '1', DateTimeISO: new Date(Date.now() + 86_400_000).toISOString() }[named.name] ??
      'sample text'
    );
  return null;
}

/** Every mutation declared for Client Portal sessions (CLIENT or a client right): the changes a Client Portal session can make. */
function clientMutations(schema: GraphQLSchema): string[] {
  const authorized = getMetadataStorage()
    .authorizedFields.filter((field) => field.roles.some((role) => isClientRequirement(String(role))))
    .map((field) => field.fieldName);
  return Object.keys(schema.getMutationType()!.getFields()).filter((name) => authorized.includes(name));
}

describe('a stated reason', () => {
  it('is required, 5 to 500 characters', async () => {
    const client = await portalClient(test, admin, mailbox);
    for (const reason of ['', '    ', 'abc', 'x'.repeat(501)]) {
      expect((await looker.error(START, { id: client.id, reason, changes: false })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
    }
    await openAs(looker, client.id, { reason: '  Ticket 42  ' });
    const { signInAsPartnerLog } = await admin.data(LOG, { client: client.id });
    expect(signInAsPartnerLog[0]).toMatchObject({ reason: 'Ticket 42', allowChanges: false });
  });

  it('is kept in the log, which filters by staff member and client', async () => {
    const first = await portalClient(test, admin, mailbox);
    const second = await portalClient(test, admin, mailbox);
    await openAs(looker, first.id, { reason: 'First look' });
    await openAs(changer, second.id, { reason: 'Second look' });
    expect((await admin.data(LOG, { client: second.id })).signInAsPartnerLog.map((entry: any) => entry.reason)).toEqual(['Second look']);
    const byLooker = (await admin.data(LOG, { staff: String(looker.staffUserId) })).signInAsPartnerLog;
    expect(byLooker.every((entry: any) => entry.reason !== 'Second look')).toBe(true);
    expect(byLooker.some((entry: any) => entry.reason === 'First look')).toBe(true);
  });
});

describe('read-only unless deliberately chosen', () => {
  it('refuses every Client Portal mutation in a read-only session, except ending it', async () => {
    const client = await portalClient(test, admin, mailbox);
    const tab = await openAs(looker, client.id);
    expect((await tab.data(CLIENT_VIEWER)).clientViewer.impersonation.staffName).toMatch(/^Staff/);
    const schema = await buildPorticoSchema();
    const mutations = clientMutations(schema);
    expect(mutations).toEqual(expect.arrayContaining(['changeClientPassword', 'updateClientPreferences']));
    for (const name of mutations) {
      const field = schema.getMutationType()!.getFields()[name];
      const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sampleValue(arg.type)]));
      const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = getNamedType(field.type).toString() === 'Boolean' ? '' : ' { __typename }';
      const query = `mutation${declarations ? `(${declarations})` : ''} { ${name}${call ? `(${call})` : ''}${selection} }`;
      const error = await tab.error(query, variables);
      expect({ name, code: error.extensions?.code }).toEqual({ name, code: 'READ_ONLY_SESSION' });
    }
    expect((await tab.data('mutation { clientSignOut }')).clientSignOut).toBe(true);
  });

  it('allows changes only with the "with changes" right and the explicit choice, and records them as made on behalf of the client', async () => {
    const client = await portalClient(test, admin, mailbox);
    const refused = await looker.error(START, { id: client.id, reason: 'Fix the language', changes: true });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_SIGN_IN_AS_PARTNER_WITH_CHANGES_RIGHT' });

    const CAN = 'query($id: ID!) { client(id: $id) { canSignInAsPartner canSignInAsPartnerWithChanges } }';
    expect((await looker.data(CAN, { id: client.id })).client).toEqual({ canSignInAsPartner: true, canSignInAsPartnerWithChanges: false });
    expect((await changer.data(CAN, { id: client.id })).client).toEqual({ canSignInAsPartner: true, canSignInAsPartnerWithChanges: true });

    const readOnly = await openAs(changer, client.id, { changes: false });
    const SAVE = 'mutation($input: ClientPreferencesInput!) { updateClientPreferences(input: $input) { preferredLanguage } }';
    expect((await readOnly.error(SAVE, { input: { preferredLanguage: 'ES', formatPreferences: {} } })).extensions?.code).toBe(
      'READ_ONLY_SESSION',
    );

    const withChanges = await openAs(changer, client.id, { changes: true, reason: 'Client asked us to switch to Spanish' });
    expect((await withChanges.data(CLIENT_VIEWER)).clientViewer.impersonation).toMatchObject({
      allowChanges: true,
      reason: 'Client asked us to switch to Spanish',
    });
    expect(
      (await withChanges.data(SAVE, { input: { preferredLanguage: 'ES', formatPreferences: {} } })).updateClientPreferences
        .preferredLanguage,
    ).toBe('ES');
    const { client: saved } = await admin.data('query($id: ID!) { client(id: $id) { preferredLanguage updatedBy } }', { id: client.id });
    expect(saved.preferredLanguage).toBe('ES');
    expect(saved.updatedBy).toBe(`Staff ${saved.updatedBy.split(' ')[1]} on behalf of ${client.name}`);
    // Even with changes allowed, staff never set the client's password.
    const password = await withChanges.error('mutation { changeClientPassword(currentPassword: "x", newPassword: "whatever is long") }');
    expect(password.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'IMPERSONATION_CANNOT_CHANGE_PASSWORD' });
  });

  it('ends a session with changes when the "with changes" right is withdrawn', async () => {
    const client = await portalClient(test, admin, mailbox);
    const temporary = await test.signedInStaff({
      rights: clientRights,
      specialRights: [SpecialRight.SIGN_IN_AS_PARTNER, SpecialRight.SIGN_IN_AS_PARTNER_WITH_CHANGES],
    });
    const tab = await openAs(temporary, client.id, { changes: true });
    const { userGroup } = await admin.data('query($id: ID!) { userGroup(id: $id) { id version name } }', { id: temporary.groupId });
    await admin.data('mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { id } }', {
      input: {
        id: userGroup.id,
        version: userGroup.version,
        name: userGroup.name,
        rights: [{ domain: 'CLIENTS', actions: ['BROWSE', 'DISPLAY'] }],
        specialRights: ['SIGN_IN_AS_PARTNER'],
      },
    });
    expect((await tab.data(CLIENT_VIEWER)).clientViewer).toBeNull();
    expect((await admin.data(LOG, { client: client.id })).signInAsPartnerLog[0].endReason).toBe('RIGHT_WITHDRAWN');
  });
});

describe('one session at a time', () => {
  it('ends the first session when the staff member starts another, and all of them on Home Portal sign-out', async () => {
    const first = await portalClient(test, admin, mailbox);
    const second = await portalClient(test, admin, mailbox);
    const staff = await test.signedInStaff({ rights: clientRights, specialRights: [SpecialRight.SIGN_IN_AS_PARTNER] });
    const firstTab = await openAs(staff, first.id);
    const secondTab = await openAs(staff, second.id);
    expect((await firstTab.data(CLIENT_VIEWER)).clientViewer).toBeNull();
    expect((await secondTab.data(CLIENT_VIEWER)).clientViewer.username).toBe(second.username);
    expect((await admin.data(LOG, { client: first.id })).signInAsPartnerLog[0].endReason).toBe('REPLACED');

    await staff.data('mutation { signOut }');
    expect((await secondTab.data(CLIENT_VIEWER)).clientViewer).toBeNull();
    expect((await admin.data(LOG, { client: second.id })).signInAsPartnerLog[0].endReason).toBe('STAFF_SIGNED_OUT');
  });
});

describe('the client can see it', () => {
  it("lists staff views apart from the client's own sign-ins, and leaves Last Login Date alone", async () => {
    const client = await portalClient(test, admin, mailbox);
    const own = await signedInClient(test, client);
    const { client: before } = await admin.data('query($id: ID!) { client(id: $id) { lastLoginAt } }', { id: client.id });
    const tab = await openAs(looker, client.id, { reason: 'Checking the new quote layout' });
    await tab.data('mutation { clientSignOut }');
    const { client: after } = await admin.data('query($id: ID!) { client(id: $id) { lastLoginAt } }', { id: client.id });
    expect(after.lastLoginAt).toBe(before.lastLoginAt);

    const { clientSignInActivity } = await own.data(ACTIVITY);
    expect(clientSignInActivity.signIns).toHaveLength(1);
    expect(clientSignInActivity.signIns[0].approximateOrigin).toMatch(/\.x$|::\/48$/);
    expect(clientSignInActivity.staffViews).toEqual([
      {
        startedAt: expect.any(String),
        endedAt: expect.any(String),
        allowChanges: false,
        staffName: expect.stringMatching(/^Staff/),
        reason: 'Checking the new quote layout',
      },
    ]);

    await setPortalSettings({ showStaffIdentityToClients: false });
    try {
      const hidden = (await own.data(ACTIVITY)).clientSignInActivity.staffViews[0];
      expect(hidden).toMatchObject({ staffName: null, reason: null, allowChanges: false });
    } finally {
      await setPortalSettings({ showStaffIdentityToClients: true });
    }
  });

  it('e-mails the client about a session with changes only when the setting is on', async () => {
    const client = await portalClient(test, admin, mailbox, { language: 'DE' });
    await openAs(changer, client.id, { changes: true, reason: 'Update your formats' });
    await setPortalSettings({ notifyClientsOfChangeSessions: true });
    try {
      await openAs(changer, client.id, { changes: false, reason: 'Only looking' });
      await openAs(changer, client.id, { changes: true, reason: 'Update your formats again' });
      const letter = await mailbox.nextLetterTo(client.email);
      expect(letter.subject).toBe('Eine Mitarbeiterin oder ein Mitarbeiter hat das Client Portal mit Ihrem Konto geöffnet');
      expect(letter.text).toContain('Update your formats again');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const notices = mailbox.letters.filter(
        (candidate) =>
          candidate.subject?.startsWith('Eine Mitarbeiterin') && [candidate.to].flat().some((to) => to?.text.includes(client.email)),
      );
      expect(notices).toHaveLength(1);
    } finally {
      await setPortalSettings({ notifyClientsOfChangeSessions: false });
    }
    void CLIENT_PASSWORD;
  });
});
