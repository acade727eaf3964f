import { IsNull } from 'typeorm';
import { Session } from '../auth/session.entity';
import { SpecialRight, StaffAction, StaffDomain } from '../staff/staff-rights';
import { CLIENT_VIEWER, enablePortal2, portalClient } from '../test-support/client-portal-fixtures';
import { createTestClient } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';

const START =
  'mutation($id: ID!, $reason: String! = "Checking ticket #4711", $changes: Boolean! = false) { startSignInAsPartner(clientId: $id, reason: $reason, allowChanges: $changes) { url expiresAt } }';
const EXCHANGE = 'mutation($code: String!) { signInAsPartnerWithCode(code: $code) { username impersonation { staffName expiresAt } } }';
const LOG =
  'query($client: ID) { signInAsPartnerLog(clientId: $client) { staffName clientUsername startedAt endedAt endReason ipAddress userAgent } }';
const clientRights = { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] };

let mailbox: TestMailbox;
let test: TestApp;
let admin: GraphQLTestClient;
let agent: GraphQLTestClient & { groupId: number };

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl, SIGN_IN_AS_PARTNER_MINUTES: '30' });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
  agent = await test.signedInStaff({ rights: clientRights, specialRights: [SpecialRight.SIGN_IN_AS_PARTNER] });
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

/** Follows the link as the staff member's browser would: a fresh Client Portal tab. */
async function openLink(url: string): Promise<GraphQLTestClient> {
  const code = new URL(url).hash.replace('#code=', '');
  const tab = test.anonymous();
  await tab.data(EXCHANGE, { code });
  return tab;
}

describe('Sign in as this Partner', () => {
  it('opens the portal as the client, marked as impersonated, without touching Last Login Date, and logs it', async () => {
    const client = await portalClient(test, admin, mailbox);
    const { startSignInAsPartner } = await agent.data(START, { id: client.id });
    expect(startSignInAsPartner.url).toMatch(new RegExp(`^${test.app.url}/portal/sign-in-as-partner#code=`));
    expect(new Date(startSignInAsPartner.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000);

    const tab = await openLink(startSignInAsPartner.url);
    const { clientViewer } = await tab.data(CLIENT_VIEWER);
    expect(clientViewer.username).toBe(client.username);
    expect(clientViewer.impersonation.staffName).toMatch(/^Staff/);
    expect(new Date(clientViewer.impersonation.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(clientViewer.rights.find((row: any) => row.area === 'QUOTES').actions).toContain('BROWSE');

    const { client: account } = await admin.data('query($id: ID!) { client(id: $id) { lastLoginAt } }', { id: client.id });
    expect(account.lastLoginAt).toBeNull();
    const { signInAsPartnerLog } = await admin.data(LOG, { client: client.id });
    expect(signInAsPartnerLog).toEqual([
      expect.objectContaining({
        clientUsername: client.username,
        staffName: expect.stringMatching(/^Staff/),
        endedAt: null,
        endReason: null,
        ipAddress: expect.any(String),
      }),
    ]);
  });

  it('uses each link once', async () => {
    const client = await portalClient(test, admin, mailbox);
    const { startSignInAsPartner } = await agent.data(START, { id: client.id });
    await openLink(startSignInAsPartner.url);
    const code = new URL(startSignInAsPartner.url).hash.replace('#code=', '');
    expect((await test.anonymous().error(EXCHANGE, { code })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' });
  });

  it('is refused by the server to staff without the right, whatever they send', async () => {
    const client = await portalClient(test, admin, mailbox);
    const noRight = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: Object.values(StaffAction) } });
    const error = await noRight.error(START, { id: client.id });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_SIGN_IN_AS_PARTNER_RIGHT' });
    expect((await test.anonymous().error(START, { id: client.id })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is refused for a client who cannot sign in to the portal', async () => {
    const client = await createTestClient(admin);
    const error = await agent.error(START, { id: client.id });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CLIENT_CANNOT_SIGN_IN' });
  });

  it('ends with "End session" and records how it ended', async () => {
    const client = await portalClient(test, admin, mailbox);
    const tab = await openLink((await agent.data(START, { id: client.id })).startSignInAsPartner.url);
    await tab.data('mutation { clientSignOut }');
    expect((await tab.data(CLIENT_VIEWER)).clientViewer).toBeNull();
    const [entry] = (await admin.data(LOG, { client: client.id })).signInAsPartnerLog;
    expect(entry.endReason).toBe('ENDED_BY_STAFF');
    expect(entry.endedAt).not.toBeNull();
  });

  it('expires after its time limit', async () => {
    const client = await portalClient(test, admin, mailbox);
    const tab = await openLink((await agent.data(START, { id: client.id })).startSignInAsPartner.url);
    const { dataSource } = test.app.database;
    const past = new Date(Date.now() - 1000);
    await dataSource.getRepository(Session).update({ clientId: Number(client.id), revokedAt: IsNull() }, { expiresAt: past });
    await dataSource.query('UPDATE sign_in_as_partner_sessions SET expiresAt = startedAt WHERE clientId = ?', [Number(client.id)]);
    expect((await tab.data(CLIENT_VIEWER)).clientViewer).toBeNull();
    expect((await admin.data(LOG, { client: client.id })).signInAsPartnerLog[0].endReason).toBe('EXPIRED');
  });

  it('ends at once when the staff member loses the right mid-session', async () => {
    const client = await portalClient(test, admin, mailbox);
    const temporary = await test.signedInStaff({ rights: clientRights, specialRights: [SpecialRight.SIGN_IN_AS_PARTNER] });
    const tab = await openLink((await temporary.data(START, { id: client.id })).startSignInAsPartner.url);
    expect((await tab.data(CLIENT_VIEWER)).clientViewer.username).toBe(client.username);
    const { userGroup } = await admin.data('query($id: ID!) { userGroup(id: $id) { id version name } }', { id: temporary.groupId });
    await admin.data('mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { id } }', {
      input: {
        id: userGroup.id,
        version: userGroup.version,
        name: userGroup.name,
        rights: [{ domain: 'CLIENTS', actions: ['BROWSE', 'DISPLAY'] }],
        specialRights: [],
      },
    });
    expect((await tab.data(CLIENT_VIEWER)).clientViewer).toBeNull();
    expect((await admin.data(LOG, { client: client.id })).signInAsPartnerLog[0].endReason).toBe('RIGHT_WITHDRAWN');
  });

  it('lets only staff with user management or portal configuration rights read the log', async () => {
    expect((await agent.error(LOG, {})).extensions?.code).toBe('FORBIDDEN');
    const portalAdmin = await test.signedInStaff({ rights: { [StaffDomain.PORTAL_CONFIGURATION]: [StaffAction.DISPLAY] } });
    expect(Array.isArray((await portalAdmin.data(LOG, {})).signInAsPartnerLog)).toBe(true);
  });

  it('pages the log newest first, and still answers the deprecated impersonationLog name the same', async () => {
    const client = await portalClient(test, admin, mailbox);
    for (const reason of ['First look at it', 'Second look at it', 'Third look at it'])
      await openLink((await agent.data(START, { id: client.id, reason })).startSignInAsPartner.url);
    const PAGE = 'query($client: ID, $before: ID) { signInAsPartnerLog(clientId: $client, first: 2, before: $before) { id reason } }';
    const first = (await admin.data(PAGE, { client: client.id })).signInAsPartnerLog;
    expect(first.map((session: { reason: string }) => session.reason)).toEqual(['Third look at it', 'Second look at it']);
    const next = (await admin.data(PAGE, { client: client.id, before: first[1].id })).signInAsPartnerLog;
    expect(next.map((session: { reason: string }) => session.reason)).toEqual(['First look at it']);
    const old = (await admin.data('query($client: ID) { impersonationLog(clientId: $client) { id } }', { client: client.id }))
      .impersonationLog;
    expect(old.map((session: { id: string }) => session.id)).toEqual([...first, ...next].map((session) => session.id));
  });
});
