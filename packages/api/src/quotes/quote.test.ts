import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { QUOTE_FIELDS, inFuture, staffCreatesQuote } from '../test-support/work-fixtures';
import { Quote } from './quote.entity';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

const UPDATE_QUOTE = `mutation($input: UpdateQuoteInput!) { updateQuote(input: $input) { ${QUOTE_FIELDS} } }`;

function quoteTerms(quote: Record<string, any>, changes: Record<string, unknown> = {}) {
  return {
    id: quote.id,
    version: quote.version,
    name: quote.name,
    services: ['TRANSLATION'],
    sourceLanguage: 'en',
    targetLanguages: ['de-DE'],
    lines: [{ description: 'Translation EN→DE', quantity: 1000, unit: 'WORDS', unitPrice: '0.15' }],
    currency: 'EUR',
    validUntil: inFuture(30),
    proposedDeadline: inFuture(20),
    ...changes,
  };
}

describe('clients decide quotes', () => {
  it('refuses an expired quote and accepts a quote only once, even when two accepts race', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const expired = await staffCreatesQuote(admin, client.id);
    await test.app.database.dataSource.getRepository(Quote).update({ id: Number(expired.id) }, { validUntil: new Date(Date.now() - 1000) });
    const ACCEPT = 'mutation($id: ID!, $v: Int!) { acceptQuote(id: $id, version: $v) { status projectId } }';
    expect((await portal.data('query($id: ID!) { myQuote(id: $id) { status } }', { id: expired.id })).myQuote.status).toBe('EXPIRED');
    expect((await portal.error(ACCEPT, { id: expired.id, v: expired.version })).extensions?.reason).toBe('QUOTE_EXPIRED');

    const quote = await staffCreatesQuote(admin, client.id);
    const results = await Promise.all([
      portal.request(ACCEPT, { id: quote.id, v: quote.version }),
      portal.request(ACCEPT, { id: quote.id, v: quote.version }),
    ]);
    expect(results.filter((result) => result.data?.acceptQuote).length).toBe(1);
    const { myProjects } = await portal.data('{ myProjects { quoteId } }');
    expect(myProjects.filter((p: any) => p.quoteId === quote.id)).toHaveLength(1);

    const rejected = await staffCreatesQuote(admin, client.id);
    const REJECT =
      'mutation($id: ID!, $v: Int!, $r: String!) { rejectQuote(id: $id, version: $v, reason: $r) { status rejectionReason history { event note } } }';
    const { rejectQuote } = await portal.data(REJECT, { id: rejected.id, v: rejected.version, r: 'Too expensive for this budget' });
    expect(rejectQuote).toMatchObject({ status: 'REJECTED', rejectionReason: 'Too expensive for this budget' });
  });
});

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
