import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import { saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { staffCreatesProject, staffCreatesQuote, uploadFile } from '../test-support/work-fixtures';
import { StaffAction, StaffDomain } from '../staff/staff-rights';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

const POST_MINE =
  'mutation($t: ConversationRecordType!, $id: ID!, $body: String!, $files: [ID!]) { postMyMessage(recordType: $t, recordId: $id, body: $body, fileIds: $files) { id attachments { fileName } } }';
const POST =
  'mutation($t: ConversationRecordType!, $id: ID!, $body: String!, $files: [ID!]) { postMessage(recordType: $t, recordId: $id, body: $body, fileIds: $files) { id attachments { fileName } } }';
const MY_CONVERSATION =
  'query($t: ConversationRecordType!, $id: ID!) { myConversation(recordType: $t, recordId: $id) { messages { body attachments { id fileName sizeBytes downloadUrl } } } }';
const CONVERSATION =
  'query($t: ConversationRecordType!, $id: ID!) { conversation(recordType: $t, recordId: $id) { messages { body attachments { fileName downloadUrl } } } }';

async function uploaded(browser: GraphQLTestClient, name: string, content: string, query = ''): Promise<string> {
  const answer = await uploadFile(test, browser, name, content, query);
  expect(answer.status).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

async function download(browser: GraphQLTestClient, url: string): Promise<Response> {
  return fetch(`${test.app.url}${url}`, { headers: { cookie: browser.cookieHeader() } });
}

describe('message attachments', () => {
  it('carries the client’s and the agency’s files both ways, each downloadable from either side', async () => {
    const client = await portalClient(test, admin, mailbox);
    const project = await staffCreatesProject(admin, client.id);
    const portal = await signedInClient(test, client);
    const ids = { t: 'PROJECT', id: project.id };

    const glossary = await uploaded(portal, 'glossary.csv', 'term;Begriff');
    expect(
      (await portal.data(POST_MINE, { ...ids, body: 'Please use this glossary', files: [glossary] })).postMyMessage.attachments,
    ).toEqual([{ fileName: 'glossary.csv' }]);
    const sample = await uploaded(admin, 'sample.docx', 'first pages', `?clientId=${client.id}`);
    await admin.data(POST, { ...ids, body: 'Here is a sample', files: [sample] });

    const { myConversation } = await portal.data(MY_CONVERSATION, ids);
    expect(myConversation.messages.map((m: any) => [m.body, m.attachments.map((a: any) => a.fileName)])).toEqual([
      ['Please use this glossary', ['glossary.csv']],
      ['Here is a sample', ['sample.docx']],
    ]);
    const fromAgency = await download(portal, myConversation.messages[1].attachments[0].downloadUrl);
    expect(fromAgency.status).toBe(200);
    expect(await fromAgency.text()).toBe('first pages');
    const staffView = (await admin.data(CONVERSATION, ids)).conversation;
    expect(await (await download(admin, staffView.messages[0].attachments[0].downloadUrl)).text()).toBe('term;Begriff');

    // Message files are not the project's files.
    const { myFiles } = await portal.data('{ myFiles { fileName } }');
    expect(myFiles).toEqual([]);
  });

  it('refuses another client’s file, a file already sent, another client downloading, and staff without Files Create', async () => {
    const client = await portalClient(test, admin, mailbox);
    const other = await portalClient(test, admin, mailbox);
    const quote = await staffCreatesQuote(admin, client.id);
    const portal = await signedInClient(test, client);
    const stranger = await signedInClient(test, other);
    const ids = { t: 'QUOTE', id: quote.id };

    const theirs = await uploaded(stranger, 'theirs.txt', 'private');
    expect((await portal.error(POST_MINE, { ...ids, body: 'Look', files: [theirs] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fileIds',
      reason: 'ATTACHMENT_NOT_AVAILABLE',
    });
    // The refused message was not kept.
    expect((await portal.data(MY_CONVERSATION, ids)).myConversation.messages).toEqual([]);

    const mine = await uploaded(portal, 'mine.txt', 'mine');
    const [first, second] = await Promise.all([
      portal.request(POST_MINE, { ...ids, body: 'Once', files: [mine] }),
      portal.request(POST_MINE, { ...ids, body: 'Twice', files: [mine] }),
    ]);
    expect([first, second].filter((answer) => answer.errors).length).toBe(1);
    const sent = (await portal.data(MY_CONVERSATION, ids)).myConversation.messages;
    expect(sent).toHaveLength(1);
    expect((await download(stranger, sent[0].attachments[0].downloadUrl)).status).toBe(404);

    const answerer = await test.signedInStaff({
      rights: { [StaffDomain.QUOTES]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.EDIT] },
    });
    expect((await answerer.error(POST, { ...ids, body: 'See attached', files: [mine] })).extensions?.code).toBe('FORBIDDEN');
  });

  it('asks a client for Files Add to send files, and shows attachments only with Files Browse', async () => {
    const client = await portalClient(test, admin, mailbox);
    const project = await staffCreatesProject(admin, client.id);
    const portal = await signedInClient(test, client);
    const file = await uploaded(portal, 'brief.pdf', 'brief');
    const { createClientGroup: group } = await admin.data(
      'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id } }',
      {
        input: {
          name: 'Messages without files',
          accessAllowed: true,
          rights: Object.values(ClientPortalArea)
            .filter((area) => area !== ClientPortalArea.FILES)
            .map((area) => ({ area, actions: Object.values(ClientPortalAction) })),
        },
      },
    );
    const { client: current } = await admin.data(
      'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
      { id: client.id },
    );
    await saveSystemAccount(admin, current, { assignToStatus: false, groupId: group.id });
    const restricted = await signedInClient(test, client);
    const ids = { t: 'PROJECT', id: project.id };
    expect((await restricted.error(POST_MINE, { ...ids, body: 'With a file', files: [file] })).extensions).toMatchObject({
      code: 'FORBIDDEN',
      area: 'FILES',
      action: 'ADD',
    });
    await restricted.data('mutation($id: ID!) { postMyMessage(recordType: PROJECT, recordId: $id, body: "Without a file") { id } }', {
      id: project.id,
    });
    const answer = await restricted.request(MY_CONVERSATION, ids);
    expect(answer.data?.myConversation.messages[0]).toMatchObject({ body: 'Without a file', attachments: null });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', area: 'FILES', action: 'BROWSE' });
  });
});
