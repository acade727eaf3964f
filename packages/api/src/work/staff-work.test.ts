import { enablePortal2, portalClient, signedInClient } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import { QUOTE_FIELDS, inFuture, staffCreatesProject, staffCreatesQuote, staffDelivers } from '../test-support/work-fixtures';

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

const SUBMIT = 'mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id number status } }';
const UPDATE_QUOTE = `mutation($input: UpdateQuoteInput!) { updateQuote(input: $input) { ${QUOTE_FIELDS} } }`;

async function clientAsks(portal: GraphQLTestClient, name = 'Annual report'): Promise<Record<string, any>> {
  const { submitRequest } = await portal.data(SUBMIT, {
    input: {
      kind: 'QUOTE',
      name,
      services: ['TRANSLATION'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE'],
      deadline: inFuture(12),
      instructions: 'Keep the glossary',
    },
  });
  return submitRequest;
}

function quoteTerms(quote: Record<string, any>, changes: Record<string, unknown> = {}) {
  return {
    id: quote.id,
    version: quote.version,
    name: quote.name,
    services: ['TRANSLATION'],
    sourceLanguage: 'en',
    targetLanguages: ['de-DE'],
    lines: [{ description: 'Translation EN→DE', quantity: 1000, unit: 'words', unitPrice: '0.15' }],
    currency: 'EUR',
    validUntil: inFuture(30),
    proposedDeadline: inFuture(20),
    ...changes,
  };
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

async function staffCreatesQuoteRaw(requestId: string, clientId: string) {
  return admin.request('mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }', {
    input: {
      clientId,
      requestId,
      name: 'Raced',
      services: ['TRANSLATION'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE'],
      lines: [{ description: 'Words', quantity: 10, unit: 'words', unitPrice: '1' }],
      currency: 'EUR',
      validUntil: inFuture(5),
      proposedDeadline: inFuture(6),
    },
  });
}

describe('staff change a quote', () => {
  it('the client sees new terms of a pending quote; a stale edit gets CONFLICT and a decided quote stays as decided', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const quote = await staffCreatesQuote(admin, client.id);

    const { updateQuote } = await admin.data(UPDATE_QUOTE, { input: quoteTerms(quote) });
    expect(updateQuote.total).toEqual({ amount: '150.00', currency: 'EUR' });
    expect(updateQuote.history.at(-1)).toMatchObject({ event: 'UPDATED', actorKind: 'STAFF' });
    const { myQuote } = await portal.data('query($id: ID!) { myQuote(id: $id) { total { amount } lines { description } } }', {
      id: quote.id,
    });
    expect(myQuote).toEqual({ total: { amount: '150.00' }, lines: [{ description: 'Translation EN→DE' }] });

    const stale = await admin.error(UPDATE_QUOTE, { input: quoteTerms(quote, { currency: 'USD' }) });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: updateQuote.version });
    expect((await admin.error(UPDATE_QUOTE, { input: quoteTerms(updateQuote, { lines: [] }) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines',
    });

    await portal.data('mutation($id: ID!, $v: Int!) { acceptQuote(id: $id, version: $v) { status } }', {
      id: quote.id,
      v: updateQuote.version,
    });
    const { quote: accepted } = await admin.data('query($id: ID!) { quote(id: $id) { id name version } }', { id: quote.id });
    const decided = await admin.error(UPDATE_QUOTE, { input: quoteTerms(accepted, { currency: 'USD' }) });
    expect(decided.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUOTE_DECIDED' });
  });
});

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
