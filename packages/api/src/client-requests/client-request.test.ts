import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { clientAsks, inFuture, staffCreatesQuote } from '../test-support/work-fixtures';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

async function staffCreatesQuoteRaw(requestId: string, clientId: string) {
  return admin.request('mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }', {
    input: {
      clientId,
      requestId,
      name: 'Raced',
      services: ['TRANSLATION'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE'],
      lines: [{ description: 'Words', quantity: 10, unit: 'WORDS', unitPrice: '1' }],
      currency: 'EUR',
      validUntil: inFuture(5),
      proposedDeadline: inFuture(6),
    },
  });
}

describe('staff answer client requests', () => {
  it('answer a request once: a second answer, a decline after it, or a racing colleague gets CONFLICT and changes nothing', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const request = await clientAsks(portal);

    const quote = await staffCreatesQuote(admin, client.id, { requestId: request.id });
    expect(quote.requestId).toBe(request.id);
    const again = await admin.error('mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
      input: {
        clientId: client.id,
        requestId: request.id,
        name: 'Twice',
        services: ['TRANSLATION'],
        sourceLanguage: 'en',
        targetLanguages: ['pl'],
        deadline: inFuture(5),
        totalCost: '10.00',
        currency: 'EUR',
      },
    });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_ANSWERED', status: 'QUOTED' });
    const decline = await admin.error('mutation($id: ID!) { declineClientRequest(id: $id, reason: "Too late") { id } }', {
      id: request.id,
    });
    expect(decline.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_ANSWERED' });
    const { projects } = await admin.data('query($c: ID!) { projects(clientId: $c) { id } }', { c: client.id });
    expect(projects).toEqual([]);

    const raced = await clientAsks(portal, 'Raced');
    const answers = await Promise.all([staffCreatesQuoteRaw(raced.id, client.id), staffCreatesQuoteRaw(raced.id, client.id)]);
    expect(answers.filter((answer) => answer.data?.createQuote).length).toBe(1);
    expect(answers.find((answer) => answer.errors)?.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_ANSWERED' });
    const { quotes } = await admin.data('query($c: ID!) { quotes(clientId: $c) { requestId } }', { c: client.id });
    expect(quotes.filter((q: any) => q.requestId === raced.id)).toHaveLength(1);
    const { myRequest } = await portal.data('query($id: ID!) { myRequest(id: $id) { status history { event } } }', { id: raced.id });
    expect(myRequest).toEqual({ status: 'QUOTED', history: [{ event: 'SUBMITTED' }, { event: 'QUOTED' }] });
  });

  it('a declined request tells the client why', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const request = await clientAsks(portal);
    expect(
      (await admin.error('mutation($id: ID!) { declineClientRequest(id: $id, reason: "  ") { id } }', { id: request.id })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await admin.data('mutation($id: ID!) { declineClientRequest(id: $id, reason: "We do not translate into Klingon") { id } }', {
      id: request.id,
    });
    const { myRequest } = await portal.data('query($id: ID!) { myRequest(id: $id) { status history { event note } } }', { id: request.id });
    expect(myRequest.status).toBe('DECLINED');
    expect(myRequest.history.at(-1)).toEqual({ event: 'DECLINED', note: 'We do not translate into Klingon' });
  });
});
