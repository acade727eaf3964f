import {
  CLIENT_PASSWORD,
  portalClient,
  signedInClient,
  startPortalTestApp,
  stopPortalTestApp,
} from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { linkSecret } from '../test-support/test-mailbox';
import { commonPasswordCount } from './common-passwords';

const POLICY =
  'query($portal: PasswordPortal!) { passwordPolicy(portal: $portal) { portal strength minLength rejectCommonPasswords version } }';
const UPDATE =
  'mutation($input: UpdatePasswordPolicyInput!) { updatePasswordPolicy(input: $input) { portal strength minLength rejectCommonPasswords version } }';
const CREATE_USER = 'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id } }';
const SET_CLIENT_PASSWORD = 'mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
let administratorsId: string;

async function setPolicy(portal: string, changes: Record<string, unknown>) {
  const current = (await admin.data(POLICY, { portal })).passwordPolicy;
  const input = {
    portal,
    strength: current.strength,
    minLength: current.minLength,
    rejectCommonPasswords: current.rejectCommonPasswords,
    version: current.version,
    ...changes,
  };
  return (await admin.data(UPDATE, { input })).updatePasswordPolicy;
}

let userCounter = 0;
function createUser(password: string) {
  userCounter += 1;
  return admin.request(CREATE_USER, {
    input: { username: `policy${userCounter}`, fullName: `Policy ${userCounter}`, email: null, password, groupId: administratorsId },
  });
}

beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
  administratorsId = (await admin.data('{ userGroups { id isAdministrators } }')).userGroups.find(
    (g: { isAdministrators: boolean }) => g.isAdministrators,
  ).id;
});
afterAll(() => stopPortalTestApp(test, mailbox));

describe('password policies', () => {
  it('ships a list of at least 10,000 commonly used passwords', () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it('starts as Weak with 10 characters and the common-password list, readable without signing in', async () => {
    for (const portal of ['HOME_PORTAL', 'CLIENT_PORTAL']) {
      const { passwordPolicy } = await test.anonymous().data(POLICY, { portal });
      expect(passwordPolicy).toMatchObject({ portal, strength: 'WEAK', minLength: 10, rejectCommonPasswords: true });
    }
  });

  it('refuses each rule of each level with BAD_USER_INPUT on password and a reason per rule', async () => {
    await setPolicy('HOME_PORTAL', { strength: 'WEAK', minLength: 12, rejectCommonPasswords: true });
    const refusal = async (password: string) => (await createUser(password)).errors?.[0]?.extensions;
    expect(await refusal('short one')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'TOO_SHORT' });
    expect(await refusal('qwertyuiop123')).toMatchObject({ reason: 'COMMONLY_USED' });
    expect(await refusal('QWERTYUIOP123')).toMatchObject({ reason: 'COMMONLY_USED' });
    expect((await createUser('all lower case is fine')).errors).toBeUndefined();

    await setPolicy('HOME_PORTAL', { strength: 'MEDIUM', minLength: 4 });
    expect(await refusal('Abcdefg')).toMatchObject({ reason: 'TOO_SHORT' }); // Medium: never fewer than 8
    expect(await refusal('all lower case')).toMatchObject({ reason: 'NO_UPPERCASE' });
    expect(await refusal('ALL UPPER CASE')).toMatchObject({ reason: 'NO_LOWERCASE' });
    expect(await refusal(`Mixed policy${userCounter + 1}x`)).toMatchObject({ reason: 'CONTAINS_USERNAME' });
    expect((await createUser('Mixed Case Words')).errors).toBeUndefined();

    await setPolicy('HOME_PORTAL', { strength: 'STRONG' });
    const strong = await refusal('MixedCaseWords');
    expect(strong).toMatchObject({ reason: 'NO_DIGIT', reasons: ['NO_DIGIT', 'NO_SPECIAL_CHARACTER'] });
    expect(await refusal('MixedCaseWords7')).toMatchObject({ reason: 'NO_SPECIAL_CHARACTER' });
    expect((await createUser('Mixed Case Words 7')).errors).toBeUndefined();

    await setPolicy('HOME_PORTAL', { strength: 'WEAK', minLength: 10, rejectCommonPasswords: false });
    expect((await createUser('qwertyuiop123')).errors).toBeUndefined();
    await setPolicy('HOME_PORTAL', { rejectCommonPasswords: true });
  });

  it('applies the Client Portal policy to passwords set from a link and to changes, and never locks anyone out', async () => {
    const client = await portalClient(test, admin, mailbox); // password set under the default policy
    await setPolicy('CLIENT_PORTAL', { strength: 'STRONG', minLength: 12 });
    // The stronger policy does not touch the password already set.
    const browser = await signedInClient(test, client);
    expect((await browser.data('{ clientViewer { username } }')).clientViewer.username).toBe(client.username);

    const change = 'mutation($c: String!, $n: String!) { changeClientPassword(currentPassword: $c, newPassword: $n) }';
    const weak = await browser.error(change, { c: CLIENT_PASSWORD, n: 'only lower case words' });
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'NO_UPPERCASE' });
    expect((await browser.data(change, { c: CLIENT_PASSWORD, n: 'Strong enough 2026!' })).changeClientPassword).toBe(true);

    await admin.data('mutation($id: ID!) { sendPasswordResetEmail(clientId: $id) { status } }', { id: client.id });
    const { secret } = linkSecret(await mailbox.nextLetterTo(client.email));
    const refused = await test.anonymous().error(SET_CLIENT_PASSWORD, { t: secret, p: 'password1234' });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    await setPolicy('CLIENT_PORTAL', { strength: 'WEAK', minLength: 10 });
  });

  it('refuses a stale version with CONFLICT, needs Portal Configuration Edit, and records the change in the audit log', async () => {
    const current = (await admin.data(POLICY, { portal: 'CLIENT_PORTAL' })).passwordPolicy;
    const input = { portal: 'CLIENT_PORTAL', strength: 'MEDIUM', minLength: 10, rejectCommonPasswords: true, version: current.version };
    await admin.data(UPDATE, { input });
    expect((await admin.error(UPDATE, { input })).extensions?.code).toBe('CONFLICT');
    const viewer = await test.signedInStaff({ rights: { PORTAL_CONFIGURATION: ['DISPLAY'] } } as never);
    expect((await viewer.error(UPDATE, { input: { ...input, version: current.version + 1 } })).extensions?.code).toBe('FORBIDDEN');
    const { auditEvents } = await admin.data('{ auditEvents(first: 5, action: "PASSWORD_POLICY_CHANGED") { action details } }');
    expect(auditEvents[0].details).toMatchObject({ portal: 'CLIENT_PORTAL', changes: { strength: { from: 'WEAK', to: 'MEDIUM' } } });
    await setPolicy('CLIENT_PORTAL', { strength: 'WEAK' });
  });
});
