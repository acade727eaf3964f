import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { clientAsks, staffCreatesProject, staffCreatesQuote } from '../test-support/work-fixtures';

const POST_MINE =
  'mutation($t: ConversationRecordType!, $id: ID!, $body: String!) { postMyMessage(recordType: $t, recordId: $id, body: $body) { id } }';
const AWAITING = 'query($first: Int!) { conversationsAwaitingAnswer(first: $first) { recordType number name clientName } }';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

describe('conversations waiting for an answer', () => {
  it('costs the same number of SQL statements for 3 conversations as for 12 (no N+1)', async () => {
    // Four clients, each asking on a project, a quote and a request of its own.
    for (let index = 0; index < 4; index += 1) {
      const client = await portalClient(test, admin, mailbox);
      const portal = await signedInClient(test, client);
      const project = await staffCreatesProject(admin, client.id, { name: `Project ${index}` });
      const quote = await staffCreatesQuote(admin, client.id, { name: `Quote ${index}` });
      const request = await clientAsks(portal, `Request ${index}`);
      for (const [type, id] of [
        ['PROJECT', project.id],
        ['QUOTE', quote.id],
        ['REQUEST', request.id],
      ])
        await portal.data(POST_MINE, { t: type, id, body: 'Any news?' });
    }
    let page: any;
    const forThree = await test.countStatements(async () => (page = await admin.data(AWAITING, { first: 3 })));
    expect(page.conversationsAwaitingAnswer).toHaveLength(3);
    const forTwelve = await test.countStatements(async () => (page = await admin.data(AWAITING, { first: 12 })));
    expect(page.conversationsAwaitingAnswer).toHaveLength(12);
    expect(new Set(page.conversationsAwaitingAnswer.map((c: any) => c.recordType))).toEqual(new Set(['PROJECT', 'QUOTE', 'REQUEST']));
    expect(page.conversationsAwaitingAnswer.map((c: any) => c.name)).toContain('Request 3');
    expect(forTwelve).toBe(forThree);
  });
});
