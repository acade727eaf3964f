import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { saveSystemAccount } from '../test-support/fixtures';
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

const EDIT =
  'mutation($input: EditRequestInput!) { editMyRequest(input: $input) { id name version status deadline history { event status } } }';
const WITHDRAW =
  'mutation($id: ID!, $v: Int!) { withdrawMyRequest(id: $id, version: $v) { id status version history { event status actorKind } } }';
const REQUEST_VERSION = 'query($id: ID!) { myRequest(id: $id) { version } }';

function edited(request: Record<string, any>, version: number, name: string) {
  return {
    input: {
      id: request.id,
      version,
      name,
      services: ['TRANSLATION', 'PROOFREADING'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE', 'fr-FR'],
      deadline: inFuture(20),
      instructions: 'Use the 2026 glossary',
    },
  };
}

describe('clients withdraw or edit a request until the agency answers it', () => {
  it('edits and then withdraws an open request, each step in its history; staff see it withdrawn and cannot answer it', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const request = await clientAsks(portal);
    const { myRequest } = await portal.data(REQUEST_VERSION, { id: request.id });

    const { editMyRequest } = await portal.data(EDIT, edited(request, myRequest.version, '  Annual report 2026 '));
    expect(editMyRequest).toMatchObject({ name: 'Annual report 2026', status: 'SUBMITTED', version: myRequest.version + 1 });
    expect(editMyRequest.history).toEqual([
      { event: 'SUBMITTED', status: 'SUBMITTED' },
      { event: 'EDITED', status: 'SUBMITTED' },
    ]);
    const stale = await portal.error(EDIT, edited(request, myRequest.version, 'Older tab'));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_CHANGED', currentVersion: editMyRequest.version });
    expect((await portal.error(EDIT, edited(request, editMyRequest.version, ' '))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });

    const { withdrawMyRequest } = await portal.data(WITHDRAW, { id: request.id, v: editMyRequest.version });
    expect(withdrawMyRequest.status).toBe('WITHDRAWN');
    expect(withdrawMyRequest.history.at(-1)).toEqual({ event: 'WITHDRAWN', status: 'WITHDRAWN', actorKind: 'CLIENT' });

    const { clientRequest } = await admin.data('query($id: ID!) { clientRequest(id: $id) { status name } }', { id: request.id });
    expect(clientRequest).toEqual({ status: 'WITHDRAWN', name: 'Annual report 2026' });
    const { clientRequests } = await admin.data('query($c: ID!) { clientRequests(clientId: $c, status: WITHDRAWN) { id } }', {
      c: client.id,
    });
    expect(clientRequests).toEqual([{ id: request.id }]);
    const answer = await admin.error('mutation($id: ID!) { declineClientRequest(id: $id, reason: "Too late") { id } }', { id: request.id });
    expect(answer.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_WITHDRAWN', status: 'WITHDRAWN' });
    expect((await staffCreatesQuoteRaw(request.id, client.id)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const again = await portal.error(WITHDRAW, { id: request.id, v: withdrawMyRequest.version });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_WITHDRAWN' });
  });

  it('an answered request can no longer change: CONFLICT for edit and withdraw', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const request = await clientAsks(portal);
    const { myRequest } = await portal.data(REQUEST_VERSION, { id: request.id });
    await staffCreatesQuote(admin, client.id, { requestId: request.id });
    expect((await portal.error(WITHDRAW, { id: request.id, v: myRequest.version })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REQUEST_ANSWERED',
      status: 'QUOTED',
    });
    expect((await portal.error(EDIT, edited(request, myRequest.version + 1, 'Changed'))).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REQUEST_ANSWERED',
    });
  });

  it("of the client's withdrawal and the agency's answer sent at the same moment exactly one wins", async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    for (let round = 0; round < 3; round += 1) {
      const request = await clientAsks(portal, `Race ${round}`);
      const { myRequest } = await portal.data(REQUEST_VERSION, { id: request.id });
      const [withdrawal, quote, decline] = await Promise.all([
        portal.request(WITHDRAW, { id: request.id, v: myRequest.version }),
        staffCreatesQuoteRaw(request.id, client.id),
        admin.request('mutation($id: ID!) { declineClientRequest(id: $id, reason: "Fully booked") { id } }', { id: request.id }),
      ]);
      const winners = [withdrawal, quote, decline].filter((result) => !result.errors);
      expect(winners).toHaveLength(1);
      for (const loser of [withdrawal, quote, decline].filter((result) => result.errors))
        expect(loser.errors?.[0].extensions?.code).toBe('CONFLICT');
      const { myRequest: after } = await portal.data('query($id: ID!) { myRequest(id: $id) { status history { event } } }', {
        id: request.id,
      });
      expect(after.history.map((entry: any) => entry.event)).toEqual(['SUBMITTED', after.status === 'QUOTED' ? 'QUOTED' : after.status]);
      const { quotes } = await admin.data('query($c: ID!) { quotes(clientId: $c) { requestId } }', { c: client.id });
      expect(quotes.filter((q: any) => q.requestId === request.id)).toHaveLength(after.status === 'QUOTED' ? 1 : 0);
    }
  });

  it("staff answering a version the client has edited since get CONFLICT, and the client's edit racing an answer loses cleanly", async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const request = await clientAsks(portal);
    const { myRequest } = await portal.data(REQUEST_VERSION, { id: request.id });
    await portal.data(EDIT, edited(request, myRequest.version, 'Bigger scope'));
    const stale = await admin.error(
      'mutation($id: ID!, $v: Int) { declineClientRequest(id: $id, reason: "Too big", version: $v) { id } }',
      {
        id: request.id,
        v: myRequest.version,
      },
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_CHANGED' });

    const next = await clientAsks(portal, 'Edited while answered');
    const { myRequest: current } = await portal.data(REQUEST_VERSION, { id: next.id });
    const [edit, answer] = await Promise.all([
      portal.request(EDIT, edited(next, current.version, 'Late change')),
      admin.request('mutation($id: ID!, $v: Int) { declineClientRequest(id: $id, reason: "Fully booked", version: $v) { id } }', {
        id: next.id,
        v: current.version,
      }),
    ]);
    expect([edit, answer].filter((result) => !result.errors)).toHaveLength(1);
    expect([edit, answer].find((result) => result.errors)?.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('needs the Requests Edit right, and refuses read-only staff sessions', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const request = await clientAsks(portal);
    const { myRequest } = await portal.data(REQUEST_VERSION, { id: request.id });

    const { startSignInAsPartner } = await admin.data(
      'mutation($id: ID!) { startSignInAsPartner(clientId: $id, reason: "Checking ticket #4712", allowChanges: false) { url } }',
      { id: client.id },
    );
    const tab = test.anonymous();
    await tab.data('mutation($code: String!) { signInAsPartnerWithCode(code: $code) { username } }', {
      code: new URL(startSignInAsPartner.url).hash.replace('#code=', ''),
    });
    expect((await tab.error(WITHDRAW, { id: request.id, v: myRequest.version })).extensions?.code).toBe('READ_ONLY_SESSION');
    expect((await tab.error(EDIT, edited(request, myRequest.version, 'By staff'))).extensions?.code).toBe('READ_ONLY_SESSION');

    const { createClientGroup: group } = await admin.data(
      'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id } }',
      {
        input: {
          name: 'Askers who cannot take back',
          accessAllowed: true,
          rights: Object.values(ClientPortalArea).map((area) => ({
            area,
            actions:
              area === ClientPortalArea.REQUESTS
                ? [ClientPortalAction.BROWSE, ClientPortalAction.DISPLAY, ClientPortalAction.ADD]
                : Object.values(ClientPortalAction),
          })),
        },
      },
    );
    const { client: current } = await admin.data(
      'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
      { id: client.id },
    );
    await saveSystemAccount(admin, current, { assignToStatus: false, groupId: group.id });
    const limited = await signedInClient(test, client);
    expect((await limited.error(WITHDRAW, { id: request.id, v: myRequest.version })).extensions).toMatchObject({
      code: 'FORBIDDEN',
      area: 'REQUESTS',
      action: 'EDIT',
    });
    const { myRequest: unchanged } = await limited.data('query($id: ID!) { myRequest(id: $id) { status version } }', { id: request.id });
    expect(unchanged).toEqual({ status: 'SUBMITTED', version: myRequest.version });

    const stranger = await signedInClient(test, await portalClient(test, admin, mailbox));
    expect((await stranger.error(WITHDRAW, { id: request.id, v: myRequest.version })).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the request and quote lists', () => {
  it('filter by status and search by name or number', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const first = await clientAsks(portal, 'Safety sheets');
    const second = await clientAsks(portal, 'Brochure 100% recycled');
    await staffCreatesQuote(admin, client.id, { requestId: second.id, name: 'Brochure quote' });
    const list = (variables: Record<string, unknown>) =>
      portal
        .data('query($s: RequestStatus, $q: String) { myRequests(status: $s, search: $q) { id } }', variables)
        .then((data) => data.myRequests.map((request: any) => request.id));
    expect(await list({ s: 'SUBMITTED' })).toEqual([first.id]);
    expect(await list({ s: 'QUOTED' })).toEqual([second.id]);
    expect(await list({ q: '100%' })).toEqual([second.id]);
    expect(await list({ q: 'SHEETS' })).toEqual([first.id]);
    expect(await list({ q: first.number })).toEqual([first.id]);
    expect(await list({ q: '%' })).toEqual([second.id]);

    const quotes = (variables: Record<string, unknown>) =>
      portal
        .data('query($s: QuoteStatus, $q: String) { myQuotes(status: $s, search: $q) { name } }', variables)
        .then((data) => data.myQuotes.map((quote: any) => quote.name));
    expect(await quotes({ q: 'brochure' })).toEqual(['Brochure quote']);
    expect(await quotes({ q: 'nothing like it' })).toEqual([]);
    expect(await quotes({ s: 'PENDING', q: 'Brochure' })).toEqual(['Brochure quote']);
  });

  it('a quote lists the date it was sent, the same as its history, and shows EXPIRED at the end of its timeline once expired', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const request = await clientAsks(portal);
    await staffCreatesQuote(admin, client.id, { requestId: request.id });
    const { myQuotes, myRequests } = await portal.data(
      '{ myQuotes { sentAt createdAt history { event occurredAt } } myRequests { submittedAt history { event occurredAt } } }',
    );
    // The same moment; MySQL keeps history times to the second.
    const toSecond = (value: string) => Math.floor(new Date(value).getTime() / 1000);
    expect(toSecond(myQuotes[0].sentAt)).toBe(toSecond(myQuotes[0].history[0].occurredAt));
    expect(myQuotes[0].sentAt).toBe(myQuotes[0].createdAt);
    expect(toSecond(myRequests[0].submittedAt)).toBe(toSecond(myRequests[0].history[0].occurredAt));

    const shortLived = await staffCreatesQuote(admin, client.id, {
      name: 'Short-lived',
      validUntil: new Date(Date.now() + 1200).toISOString(),
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { myQuote } = await portal.data(
      'query($id: ID!) { myQuote(id: $id) { status validUntil history { event status actorKind occurredAt } } }',
      {
        id: shortLived.id,
      },
    );
    expect(myQuote.status).toBe('EXPIRED');
    expect(myQuote.history.map((entry: any) => entry.event)).toEqual(['CREATED', 'EXPIRED']);
    expect(myQuote.history[1]).toMatchObject({ status: 'EXPIRED', actorKind: 'SYSTEM', occurredAt: myQuote.validUntil });
  });
});
