import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { PROJECT_FIELDS, staffCreatesProject, staffDelivers, staffCreatesQuote, uploadFile } from '../test-support/work-fixtures';

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

const CHANGE_STATUS = `mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { ${PROJECT_FIELDS} } }`;

describe('delivery', () => {
  it('refuses to deliver a project without translation files unless staff confirm it, and delivers one with files at once', async () => {
    const client = await portalClient(test, admin, mailbox);
    const empty = await staffCreatesProject(admin, client.id);
    const refused = await admin.error(CHANGE_STATUS, { input: { id: empty.id, version: empty.version, status: 'DELIVERED' } });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allowWithoutFiles', reason: 'NO_TRANSLATION_FILES' });
    const { project: unchanged } = await admin.data('query($id: ID!) { project(id: $id) { status version } }', { id: empty.id });
    expect(unchanged).toEqual({ status: 'IN_PROGRESS', version: empty.version });
    const confirmed = await admin.data(CHANGE_STATUS, {
      input: { id: empty.id, version: empty.version, status: 'DELIVERED', allowWithoutFiles: true },
    });
    expect(confirmed.changeProjectStatus.status).toBe('DELIVERED');

    const withFiles = await staffCreatesProject(admin, client.id);
    expect((await uploadFile(test, admin, 'manual_pl.docx', 'przetłumaczone', `?projectId=${withFiles.id}&role=TARGET`)).status).toBe(201);
    const { project: current } = await admin.data('query($id: ID!) { project(id: $id) { version } }', { id: withFiles.id });
    const delivered = await admin.data(CHANGE_STATUS, { input: { id: withFiles.id, version: current.version, status: 'DELIVERED' } });
    expect(delivered.changeProjectStatus.status).toBe('DELIVERED');
  });
});

describe('the timeline', () => {
  it('records every status a project reaches, also when it is made from an accepted quote', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const quote = await staffCreatesQuote(admin, client.id);
    const { acceptQuote } = await portal.data('mutation($id: ID!, $v: Int!) { acceptQuote(id: $id, version: $v) { projectId } }', {
      id: quote.id,
      v: quote.version,
    });
    const HISTORY = 'query($id: ID!) { myProject(id: $id) { status version history { event status } } }';
    let { myProject } = await portal.data(HISTORY, { id: acceptQuote.projectId });
    expect(myProject.history).toEqual([{ event: 'CREATED_FROM_QUOTE', status: 'IN_PROGRESS' }]);
    for (const status of ['READY', 'DELIVERED', 'CLOSED']) {
      await admin.data(CHANGE_STATUS, {
        input: { id: acceptQuote.projectId, version: myProject.version, status, allowWithoutFiles: true },
      });
      ({ myProject } = await portal.data(HISTORY, { id: acceptQuote.projectId }));
      expect(myProject.status).toBe(status);
      expect(myProject.history.at(-1)).toEqual({ event: 'STATUS_CHANGED', status });
    }
    // Each entry's status is where the project went, in order.
    expect(myProject.history.map((entry: any) => entry.status)).toEqual(['IN_PROGRESS', 'READY', 'DELIVERED', 'CLOSED']);
  });
});
