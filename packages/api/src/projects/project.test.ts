import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { PROJECT_FIELDS, staffCreatesProject, staffDelivers } from '../test-support/work-fixtures';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

describe('review', () => {
  it('lets the client send a delivered translation back for review, but not a Phrase-integrated one', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const REVIEW = `mutation($id: ID!, $c: String!) { sendProjectBackForReview(projectId: $id, comments: $c) { ${PROJECT_FIELDS} reviews { comments sentBy } } }`;
    const plain = await staffDelivers(admin, await staffCreatesProject(admin, client.id));
    const phrase = await staffDelivers(admin, await staffCreatesProject(admin, client.id, { catTool: 'PHRASE' }));
    expect(phrase.reviewAvailability).toEqual({ available: false, reason: 'PHRASE_INTEGRATED' });
    expect((await portal.error(REVIEW, { id: phrase.id, c: 'Please change the heading' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PHRASE_INTEGRATED',
    });
    const { sendProjectBackForReview } = await portal.data(REVIEW, { id: plain.id, c: 'Please change the heading on page 2' });
    expect(sendProjectBackForReview.status).toBe('IN_PROGRESS');
    expect(sendProjectBackForReview.reviews).toEqual([{ comments: 'Please change the heading on page 2', sentBy: client.name }]);
    expect(sendProjectBackForReview.history.at(-1)).toMatchObject({ event: 'SENT_BACK_FOR_REVIEW', actorKind: 'CLIENT' });
  });
});
