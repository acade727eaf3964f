import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { staffCreatesProject, staffDelivers } from '../test-support/work-fixtures';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

describe('staff answer feedback', () => {
  it('once: a colleague answering at the same moment is told who answered, and the client sees one answer', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const project = await staffDelivers(admin, await staffCreatesProject(admin, client.id));
    const { submitFeedback } = await portal.data(
      'mutation($id: ID!) { submitFeedback(input: { projectId: $id, score: 2, category: QUALITY, comment: "Typos" }) { id } }',
      { id: project.id },
    );
    const ANSWER = 'mutation($id: ID!, $a: String!) { answerFeedback(id: $id, answer: $a) { answer } }';
    const answers = await Promise.all([
      admin.request(ANSWER, { id: submitFeedback.id, a: 'Sorry, fixed.' }),
      admin.request(ANSWER, { id: submitFeedback.id, a: 'We will correct it.' }),
    ]);
    expect(answers.filter((answer) => answer.data?.answerFeedback)).toHaveLength(1);
    expect(answers.find((answer) => answer.errors)?.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FEEDBACK_ANSWERED',
    });
    const { myFeedback } = await portal.data('{ myFeedback { answer } }');
    expect(myFeedback).toEqual([{ answer: answers.find((answer) => answer.data)!.data!.answerFeedback.answer }]);
  });
});
