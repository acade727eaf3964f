import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { clientAsks, staffCreatesProject, staffCreatesQuote, staffDelivers } from '../test-support/work-fixtures';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

describe('staff lists across clients', () => {
  it("name each record's client and project in a constant number of SQL statements", async () => {
    const clients = [];
    for (let index = 0; index < 3; index += 1) clients.push(await portalClient(test, admin, mailbox));
    for (const client of clients) {
      const portal = await signedInClient(test, client);
      await clientAsks(portal);
      const project = await staffDelivers(admin, await staffCreatesProject(admin, client.id, { name: `Manual for ${client.name}` }));
      await portal.data(
        'mutation($id: ID!) { submitFeedback(input: { projectId: $id, score: 3, category: DEADLINE, comment: "A day late" }) { id } }',
        { id: project.id },
      );
      await staffCreatesQuote(admin, client.id);
    }
    const LISTS =
      'query($first: Int!) { projects(first: $first) { clientName } quotes(first: $first) { clientName } clientRequests(first: $first) { clientName } feedbackList(first: $first) { id clientName projectName projectNumber } }';
    let lists: any;
    const forOne = await test.countStatements(async () => (lists = await admin.data(LISTS, { first: 1 })));
    const forThree = await test.countStatements(async () => (lists = await admin.data(LISTS, { first: 3 })));
    expect(forThree).toBe(forOne);
    const names = clients.map((client) => client.name).reverse();
    expect(lists.projects.map((p: any) => p.clientName)).toEqual(names);
    expect(lists.clientRequests.map((r: any) => r.clientName)).toEqual(names);
    expect(lists.feedbackList[0]).toEqual({
      id: expect.any(String),
      clientName: names[0],
      projectName: `Manual for ${names[0]}`,
      projectNumber: expect.stringMatching(/^P-\d{5}$/),
    });
    const { feedbackList: nextPage } = await admin.data('query($before: ID!) { feedbackList(first: 1, before: $before) { clientName } }', {
      before: lists.feedbackList[0].id,
    });
    expect(nextPage).toEqual([{ clientName: names[1] }]);
  });
});
