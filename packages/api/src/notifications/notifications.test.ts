import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import { saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { staffCreatesProject, staffCreatesQuote, staffDelivers } from '../test-support/work-fixtures';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

const NOTIFICATIONS =
  'query($first: Int, $before: ID) { myNotifications(first: $first, before: $before) { id kind recordType recordId recordNumber recordName status readAt } myUnreadNotificationCount }';
const MARK = 'mutation($id: ID!) { markMyNotificationRead(id: $id) { id readAt } }';
const MARK_ALL = 'mutation { markAllMyNotificationsRead }';
const POST =
  'mutation($t: ConversationRecordType!, $id: ID!, $body: String!) { postMessage(recordType: $t, recordId: $id, body: $body) { id } }';

async function moveToGroup(client: Record<string, any>, rights: Array<{ area: string; actions: string[] }>): Promise<void> {
  const { createClientGroup: group } = await admin.data(
    'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id } }',
    { input: { name: `Group ${Math.random().toString(36).slice(2, 8)}`, accessAllowed: true, rights } },
  );
  const { client: current } = await admin.data(
    'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
    { id: client.id },
  );
  await saveSystemAccount(admin, current, { assignToStatus: false, groupId: group.id });
}

describe('notifications', () => {
  it('tells a client of a new quote, a status change, a delivery, an answer to feedback and a staff message, newest first', async () => {
    const client = await portalClient(test, admin, mailbox);
    const quote = await staffCreatesQuote(admin, client.id, { name: 'Brochure' });
    const project = await staffCreatesProject(admin, client.id, { name: 'Manual' });
    const delivered = await staffDelivers(admin, project);
    await admin.data(POST, { t: 'PROJECT', id: project.id, body: 'Your files are ready.' });
    const portal = await signedInClient(test, client);
    const { submitFeedback } = await portal.data(
      'mutation($id: ID!) { submitFeedback(input: { projectId: $id, score: 4, category: QUALITY, comment: "Fine" }) { id } }',
      { id: delivered.id },
    );
    await admin.data('mutation($id: ID!) { answerFeedback(id: $id, answer: "Thank you!") { id } }', { id: submitFeedback.id });

    const { myNotifications, myUnreadNotificationCount } = await portal.data(NOTIFICATIONS);
    expect(myNotifications.map((n: any) => [n.kind, n.recordType, n.recordNumber, n.status])).toEqual([
      ['FEEDBACK_ANSWERED', 'PROJECT', project.number, null],
      ['NEW_MESSAGE', 'PROJECT', project.number, null],
      ['PROJECT_DELIVERED', 'PROJECT', project.number, 'DELIVERED'],
      ['NEW_QUOTE', 'QUOTE', quote.number, null],
    ]);
    expect(myNotifications[3]).toMatchObject({ recordId: quote.id, recordName: 'Brochure', readAt: null });
    expect(myUnreadNotificationCount).toBe(4);

    const page = await portal.data(NOTIFICATIONS, { first: 2 });
    const next = await portal.data(NOTIFICATIONS, { first: 2, before: page.myNotifications[1].id });
    expect([...page.myNotifications, ...next.myNotifications].map((n: any) => n.id)).toEqual(myNotifications.map((n: any) => n.id));

    // Opening one marks it read; marking it again keeps the first time.
    const opened = (await portal.data(MARK, { id: myNotifications[3].id })).markMyNotificationRead;
    expect(opened.readAt).not.toBeNull();
    expect((await portal.data(MARK, { id: myNotifications[3].id })).markMyNotificationRead.readAt).toBe(opened.readAt);
    expect((await portal.data(NOTIFICATIONS)).myUnreadNotificationCount).toBe(3);

    // Reading the conversation reads its message notice.
    await portal.data('mutation($id: ID!) { markMyConversationRead(recordType: PROJECT, recordId: $id) }', { id: project.id });
    expect((await portal.data(NOTIFICATIONS)).myUnreadNotificationCount).toBe(2);

    expect((await portal.data(MARK_ALL)).markAllMyNotificationsRead).toBe(2);
    expect((await portal.data(NOTIFICATIONS)).myUnreadNotificationCount).toBe(0);
  });

  it('shows each client only its own notices, and refuses to mark another client’s', async () => {
    const client = await portalClient(test, admin, mailbox);
    const other = await portalClient(test, admin, mailbox);
    await staffCreatesQuote(admin, client.id);
    const portal = await signedInClient(test, client);
    const stranger = await signedInClient(test, other);
    const [mine] = (await portal.data(NOTIFICATIONS)).myNotifications;
    expect((await stranger.data(NOTIFICATIONS)).myNotifications).toEqual([]);
    expect((await stranger.error(MARK, { id: mine.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.data(MARK_ALL)).markAllMyNotificationsRead).toBe(0);
    expect((await portal.data(NOTIFICATIONS)).myUnreadNotificationCount).toBe(1);
    expect((await test.anonymous().error(NOTIFICATIONS)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('hides notices of areas the client’s group may not browse, and message notices without Messages Browse', async () => {
    const client = await portalClient(test, admin, mailbox);
    const project = await staffCreatesProject(admin, client.id);
    await staffCreatesQuote(admin, client.id);
    await admin.data(POST, { t: 'PROJECT', id: project.id, body: 'A question for you' });
    await moveToGroup(
      client,
      Object.values(ClientPortalArea)
        .filter((area) => area !== ClientPortalArea.QUOTES && area !== ClientPortalArea.MESSAGES)
        .map((area) => ({ area, actions: Object.values(ClientPortalAction) })),
    );
    const portal = await signedInClient(test, client);
    const { myNotifications, myUnreadNotificationCount } = await portal.data(NOTIFICATIONS);
    expect(myNotifications).toEqual([]);
    expect(myUnreadNotificationCount).toBe(0);
    expect((await portal.data(MARK_ALL)).markAllMyNotificationsRead).toBe(0);

    await moveToGroup(client, [{ area: ClientPortalArea.QUOTES, actions: [ClientPortalAction.BROWSE, ClientPortalAction.DISPLAY] }]);
    const again = await signedInClient(test, client);
    expect((await again.data(NOTIFICATIONS)).myNotifications.map((n: any) => n.kind)).toEqual(['NEW_QUOTE']);
  });
});
