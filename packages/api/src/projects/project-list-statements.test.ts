import { enablePortal2, portalClient, signedInClient } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import { staffCreatesProject, staffDelivers } from '../test-support/work-fixtures';

const PAGE =
  'query($first: Int!) { myProjects(first: $first) { id number status totalCost { amount } history { event actorName } files { fileName } feedback { score } reviews { comments } reviewAvailability { available } } }';

let mailbox: TestMailbox;
let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

describe("the client's project list", () => {
  it('costs the same number of SQL statements for 5 projects as for 30 (no N+1)', async () => {
    const client = await portalClient(test, admin, mailbox);
    for (let index = 0; index < 30; index += 1) {
      const project = await staffCreatesProject(admin, client.id, { name: `Project ${index}` });
      if (index % 3 === 0) await staffDelivers(admin, project);
    }
    const portal = await signedInClient(test, client);
    let page: any;
    const forFive = await test.countStatements(async () => (page = await portal.data(PAGE, { first: 5 })));
    expect(page.myProjects).toHaveLength(5);
    const forThirty = await test.countStatements(async () => (page = await portal.data(PAGE, { first: 30 })));
    expect(page.myProjects).toHaveLength(30);
    expect(page.myProjects.filter((project: any) => project.status === 'DELIVERED')).toHaveLength(10);
    expect(forThirty).toBe(forFive);
  });
});
