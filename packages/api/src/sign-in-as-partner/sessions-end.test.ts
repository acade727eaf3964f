import { SpecialRight, StaffAction, StaffDomain } from '../staff/staff-rights';
import { CLIENT_PASSWORD, CLIENT_SIGN_IN, CLIENT_VIEWER, enablePortal2, portalClient } from '../test-support/client-portal-fixtures';
import { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../test-support/test-app';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import { SignInAsPartnerSession } from './sign-in-as-partner-session.entity';

/** Every way out of a staff member's access also ends the session the staff member has as a client. */

const START = 'mutation($id: ID!) { startSignInAsPartner(clientId: $id, reason: "Ticket 77: layout check", allowChanges: false) { url } }';
const EXCHANGE = 'mutation($code: String!) { signInAsPartnerWithCode(code: $code) { username } }';
const LOG = 'query($staff: ID) { signInAsPartnerLog(staffUserId: $staff) { endReason endedAt } }';

let mailbox: TestMailbox;
let test: TestApp;
let admin: GraphQLTestClient;
let client: Record<string, any>;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
  client = await portalClient(test, admin, mailbox);
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

async function staffWithRight() {
  return test.signedInStaff({
    rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] },
    specialRights: [SpecialRight.SIGN_IN_AS_PARTNER],
  });
}

async function codeFor(staff: GraphQLTestClient): Promise<string> {
  const { startSignInAsPartner } = await staff.data(START, { id: client.id });
  return new URL(startSignInAsPartner.url).hash.replace('#code=', '');
}

async function openAs(staff: GraphQLTestClient): Promise<GraphQLTestClient> {
  const tab = test.anonymous();
  await tab.data(EXCHANGE, { code: await codeFor(staff) });
  return tab;
}

async function staffUser(id: number) {
  return (await admin.data('query($id: ID!) { staffUser(id: $id) { id version fullName groupId } }', { id: String(id) })).staffUser;
}

describe("a staff member's session as a client ends at once", () => {
  it.each([
    [
      "the staff member's sessions are revoked",
      (id: number) => admin.data('mutation($id: ID!) { revokeStaffUserSessions(id: $id) }', { id: String(id) }),
    ],
    [
      "the staff member's password is set",
      (id: number) =>
        admin.data('mutation($id: ID!) { setStaffUserPassword(id: $id, password: "a whole new secret 1") }', { id: String(id) }),
    ],
    [
      'the staff member is deactivated',
      async (id: number) => {
        const user = await staffUser(id);
        await admin.data('mutation($input: UpdateStaffUserInput!) { updateStaffUser(input: $input) { id } }', {
          input: { id: user.id, version: user.version, fullName: user.fullName, groupId: user.groupId, active: false },
        });
      },
    ],
  ])('when %s', async (_what, act) => {
    const staff = await staffWithRight();
    const tab = await openAs(staff);
    expect((await tab.data(CLIENT_VIEWER)).clientViewer.username).toBe(client.username);
    await act(staff.staffUserId);
    expect((await tab.data(CLIENT_VIEWER)).clientViewer).toBeNull();
    const [entry] = (await admin.data(LOG, { staff: String(staff.staffUserId) })).signInAsPartnerLog;
    expect(entry.endedAt).not.toBeNull();
    expect(['STAFF_SESSIONS_REVOKED', 'RIGHT_WITHDRAWN']).toContain(entry.endReason);
  });
});

describe('one session as a client per staff member', () => {
  it('holds when two links are exchanged at the same moment, on two processes', async () => {
    const staff = await staffWithRight();
    const second = await test.sameDatabaseApp();
    try {
      const codes = await Promise.all([codeFor(staff), codeFor(staff), codeFor(staff), codeFor(staff)]);
      const tabs = codes.map((_, index) => new GraphQLTestClient(index % 2 ? second.url : test.app.url));
      await Promise.all(tabs.map((tab, index) => tab.request(EXCHANGE, { code: codes[index] })));
      const live = await Promise.all(tabs.map(async (tab) => (await tab.data(CLIENT_VIEWER)).clientViewer !== null));
      expect(live.filter(Boolean)).toHaveLength(1);
      const running = await test.app.database.dataSource
        .getRepository(SignInAsPartnerSession)
        .countBy({ runningForStaffUserId: staff.staffUserId });
      expect(running).toBe(1);
    } finally {
      await second.stop();
    }
  });
});

describe('signing in', () => {
  it("replaces the browser's previous Client Portal session", async () => {
    const browser = test.anonymous();
    await browser.data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
    const before = new GraphQLTestClient(test.app.url);
    before.cookies = new Map(browser.cookies);
    await browser.data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
    expect((await browser.data(CLIENT_VIEWER)).clientViewer.username).toBe(client.username);
    expect((await before.data(CLIENT_VIEWER)).clientViewer).toBeNull();
  });

  it("replaces the browser's previous Home Portal session", async () => {
    const staff = await staffWithRight();
    const { staffUser: user } = await admin.data('query($id: ID!) { staffUser(id: $id) { username } }', { id: String(staff.staffUserId) });
    const before = new GraphQLTestClient(test.app.url);
    before.cookies = new Map(staff.cookies);
    await staff.data('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }', {
      u: user.username,
      p: TEST_PASSWORD,
    });
    expect((await staff.data('{ viewer { id } }')).viewer).not.toBeNull();
    expect((await before.data('{ viewer { id } }')).viewer).toBeNull();
  });
});
