import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import { saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { clientAsks, staffCreatesProject, staffCreatesQuote } from '../test-support/work-fixtures';
import { SpecialRight, StaffAction, StaffDomain } from '../staff/staff-rights';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

const MY_CONVERSATION =
  'query($t: ConversationRecordType!, $id: ID!) { myConversation(recordType: $t, recordId: $id) { unreadCount readUpTo awaitingAnswer canPost messages { id body authorName authorKind fromAgency } } }';
const CONVERSATION =
  'query($t: ConversationRecordType!, $id: ID!) { conversation(recordType: $t, recordId: $id) { unreadCount awaitingAnswer canPost messages { body authorName } } }';
const POST_MINE =
  'mutation($t: ConversationRecordType!, $id: ID!, $body: String!) { postMyMessage(recordType: $t, recordId: $id, body: $body) { id body } }';
const POST =
  'mutation($t: ConversationRecordType!, $id: ID!, $body: String!) { postMessage(recordType: $t, recordId: $id, body: $body) { id body } }';
const MARK_MINE = 'mutation($t: ConversationRecordType!, $id: ID!) { markMyConversationRead(recordType: $t, recordId: $id) }';
const AWAITING = '{ conversationsAwaitingAnswer { recordType recordId number name clientName } }';

async function lettersTo(clientId: string): Promise<Array<{ kind: string; subject: string; language: string }>> {
  const { outboxLetters } = await admin.data('query($c: ID) { outboxLetters(clientId: $c) { kind subject language } }', { c: clientId });
  return outboxLetters.filter((letter: { kind: string }) => letter.kind === 'NEW_MESSAGE');
}

describe('messages', () => {
  it('lets a client ask on a project and staff answer; unread markers, the waiting list and a letter in the client’s language', async () => {
    const client = await portalClient(test, admin, mailbox, { language: 'DE' });
    const project = await staffCreatesProject(admin, client.id, { name: 'Handbuch' });
    const portal = await signedInClient(test, client);
    const ids = { t: 'PROJECT', id: project.id };

    expect((await portal.data(MY_CONVERSATION, ids)).myConversation).toMatchObject({ messages: [], unreadCount: 0, canPost: true });
    await portal.data(POST_MINE, { ...ids, body: '  Können Sie den Termin um zwei Tage verschieben?  ' });
    expect((await admin.data(AWAITING)).conversationsAwaitingAnswer).toContainEqual({
      recordType: 'PROJECT',
      recordId: project.id,
      number: project.number,
      name: 'Handbuch',
      clientName: client.name,
    });
    const staffView = (await admin.data(CONVERSATION, ids)).conversation;
    expect(staffView).toMatchObject({ unreadCount: 1, awaitingAnswer: true, canPost: true });
    expect(staffView.messages[0].body).toBe('Können Sie den Termin um zwei Tage verschieben?');

    await admin.data(POST, { ...ids, body: 'Ja, neuer Termin ist Freitag.' });
    expect((await admin.data(AWAITING)).conversationsAwaitingAnswer.map((c: any) => c.recordId)).not.toContain(project.id);
    const seen = (await portal.data(MY_CONVERSATION, ids)).myConversation;
    expect(seen.unreadCount).toBe(1);
    expect(seen.messages.map((m: any) => [m.body, m.fromAgency])).toEqual([
      ['Können Sie den Termin um zwei Tage verschieben?', false],
      ['Ja, neuer Termin ist Freitag.', true],
    ]);
    expect(Number(seen.readUpTo)).toBe(Number(seen.messages[0].id));
    await portal.data(MARK_MINE, ids);
    expect((await portal.data(MY_CONVERSATION, ids)).myConversation.unreadCount).toBe(0);

    const letter = await mailbox.nextLetterTo(client.email);
    expect(letter.subject).toBe(`Neue Nachricht zu ${project.number} · Handbuch`);
    expect(letter.text).toContain(`/portal/projects/${project.id}#messages`);
  });

  it('shows the agency’s name for staff messages when staff identity is hidden', async () => {
    const { clientPortalSettings: settings } = await admin.data(
      '{ clientPortalSettings { version enabled publicUrl portalName logoUrl primaryColor welcomeText offeredAreas showStaffIdentityToClients notifyClientsOfChangeSessions } }',
    );
    const { version, ...rest } = settings;
    await admin.data('mutation($input: UpdateClientPortalSettingsInput!) { updateClientPortalSettings(input: $input) { version } }', {
      input: { ...rest, version, portalName: 'Lingua Agency', showStaffIdentityToClients: false },
    });
    try {
      const client = await portalClient(test, admin, mailbox);
      const quote = await staffCreatesQuote(admin, client.id);
      await admin.data(POST, { t: 'QUOTE', id: quote.id, body: 'Here is your quote.' });
      const portal = await signedInClient(test, client);
      const { myConversation } = await portal.data(MY_CONVERSATION, { t: 'QUOTE', id: quote.id });
      expect(myConversation.messages[0]).toMatchObject({ authorName: 'Lingua Agency', fromAgency: true });
      expect((await admin.data(CONVERSATION, { t: 'QUOTE', id: quote.id })).conversation.messages[0].authorName).not.toBe('Lingua Agency');
    } finally {
      const { clientPortalSettings: now } = await admin.data(
        '{ clientPortalSettings { version enabled publicUrl portalName logoUrl primaryColor welcomeText offeredAreas showStaffIdentityToClients notifyClientsOfChangeSessions } }',
      );
      await admin.data('mutation($input: UpdateClientPortalSettingsInput!) { updateClientPortalSettings(input: $input) { version } }', {
        input: { ...now, showStaffIdentityToClients: true },
      });
    }
  });

  it('refuses clients without Messages Add, other clients, read-only staff sessions and staff without the area’s Edit right', async () => {
    const client = await portalClient(test, admin, mailbox);
    const request = await clientAsks(await signedInClient(test, client));
    const ids = { t: 'REQUEST', id: request.id, body: 'Any news?' };

    const stranger = await signedInClient(test, await portalClient(test, admin, mailbox));
    expect((await stranger.error(POST_MINE, ids)).extensions?.code).toBe('NOT_FOUND');

    const reader = await test.signedInStaff({ rights: { [StaffDomain.CLIENT_REQUESTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] } });
    expect((await reader.data(CONVERSATION, ids)).conversation.canPost).toBe(false);
    expect((await reader.error(POST, ids)).extensions?.code).toBe('FORBIDDEN');

    const agent = await test.signedInStaff({
      rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] },
      specialRights: [SpecialRight.SIGN_IN_AS_PARTNER],
    });
    const { startSignInAsPartner } = await agent.data(
      'mutation($id: ID!) { startSignInAsPartner(clientId: $id, reason: "Checking ticket #4711", allowChanges: false) { url } }',
      { id: client.id },
    );
    const tab = test.anonymous();
    await tab.data('mutation($code: String!) { signInAsPartnerWithCode(code: $code) { username } }', {
      code: new URL(startSignInAsPartner.url).hash.replace('#code=', ''),
    });
    expect((await tab.data(MY_CONVERSATION, ids)).myConversation.canPost).toBe(false);
    expect((await tab.error(POST_MINE, ids)).extensions?.code).toBe('READ_ONLY_SESSION');

    const { createClientGroup: group } = await admin.data(
      'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id } }',
      {
        input: {
          name: 'Readers of messages',
          accessAllowed: true,
          rights: Object.values(ClientPortalArea).map((area) => ({
            area,
            actions: area === ClientPortalArea.MESSAGES ? [ClientPortalAction.BROWSE] : Object.values(ClientPortalAction),
          })),
        },
      },
    );
    const { client: current } = await admin.data(
      'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
      { id: client.id },
    );
    await saveSystemAccount(admin, current, { assignToStatus: false, groupId: group.id });
    const portal = await signedInClient(test, client);
    expect((await portal.data(MY_CONVERSATION, ids)).myConversation.canPost).toBe(false);
    expect((await portal.error(POST_MINE, ids)).extensions).toMatchObject({ code: 'FORBIDDEN', area: 'MESSAGES', action: 'ADD' });
  });

  it('refuses an empty message with a reason', async () => {
    const client = await portalClient(test, admin, mailbox);
    const project = await staffCreatesProject(admin, client.id);
    const portal = await signedInClient(test, client);
    expect((await portal.error(POST_MINE, { t: 'PROJECT', id: project.id, body: '   ' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
      reason: 'MESSAGE_EMPTY',
    });
  });

  it('sends one letter for twelve simultaneous staff messages in one conversation, and keeps every message', async () => {
    const client = await portalClient(test, admin, mailbox);
    const project = await staffCreatesProject(admin, client.id);
    const posts = await Promise.all(
      Array.from({ length: 12 }, (_, index) => admin.request(POST, { t: 'PROJECT', id: project.id, body: `Update ${index + 1}` })),
    );
    expect(posts.filter((post) => post.errors)).toEqual([]);
    const portal = await signedInClient(test, client);
    const { myConversation } = await portal.data(MY_CONVERSATION, { t: 'PROJECT', id: project.id });
    expect(myConversation.messages).toHaveLength(12);
    expect(myConversation.unreadCount).toBe(12);
    expect(await lettersTo(client.id)).toHaveLength(1);
  });

  it('marks read only forward, whatever the order of simultaneous marks', async () => {
    const client = await portalClient(test, admin, mailbox);
    const project = await staffCreatesProject(admin, client.id);
    await admin.data(POST, { t: 'PROJECT', id: project.id, body: 'First' });
    const portal = await signedInClient(test, client);
    await Promise.all(Array.from({ length: 6 }, () => portal.data(MARK_MINE, { t: 'PROJECT', id: project.id })));
    expect((await portal.data(MY_CONVERSATION, { t: 'PROJECT', id: project.id })).myConversation.unreadCount).toBe(0);
  });
});
