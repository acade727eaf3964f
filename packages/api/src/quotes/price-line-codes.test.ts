import { PriceLineCodes1765430000001 } from '../database/migrations/shared/1765430000001-PriceLineCodes';
import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { staffCreatesQuote } from '../test-support/work-fixtures';
import { Quote } from './quote.entity';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

const LINES = 'query($id: ID!) { myQuote(id: $id) { lines { description service quantity unit amount { amount } } total { amount } } }';

describe('price line units and services as codes', () => {
  it('turns the typed units and service names of stored quotes into codes, keeping every amount', async () => {
    const client = await portalClient(test, admin, mailbox, { language: 'DE' });
    const quote = await staffCreatesQuote(admin, client.id);
    const dataSource = test.app.database.dataSource;
    // As quotes were stored before units were codes.
    await dataSource.getRepository(Quote).update(
      { id: Number(quote.id) },
      {
        priceLines: [
          { description: 'Translation EN→DE', quantity: 10400, unit: 'words', unitPriceMinor: 13 },
          { description: 'Korrektorat', quantity: 3, unit: 'Stunden', unitPriceMinor: 4500 },
          { description: 'Project management', quantity: 1, unit: 'flat fee', unitPriceMinor: 4500 },
          { description: 'Glossary', quantity: 2, unit: 'terms lists', unitPriceMinor: 1000 },
        ] as never,
      },
    );
    const runner = dataSource.createQueryRunner();
    try {
      await new PriceLineCodes1765430000001().up(runner);
    } finally {
      await runner.release();
    }
    const portal = await signedInClient(test, client);
    const { myQuote } = await portal.data(LINES, { id: quote.id });
    expect(myQuote.lines.map((line: any) => [line.service, line.description, line.unit, line.amount.amount])).toEqual([
      ['TRANSLATION', 'EN→DE', 'WORDS', '1352.00'],
      [null, 'Korrektorat', 'HOURS', '135.00'],
      [null, 'Project management', 'FLAT_FEE', '45.00'],
      [null, 'Glossary (terms lists)', 'FLAT_FEE', '20.00'],
    ]);
    expect(myQuote.total.amount).toBe('1552.00');
  });

  it('asks for a service or a description on each line, and refuses a unit that is not a code', async () => {
    const client = await portalClient(test, admin, mailbox);
    const unnamed = await admin.request('mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }', {
      input: {
        clientId: client.id,
        name: 'Unnamed line',
        services: ['TRANSLATION'],
        sourceLanguage: 'en',
        targetLanguages: ['de-DE'],
        lines: [{ description: ' ', quantity: 1, unit: 'HOURS', unitPrice: '10' }],
        currency: 'EUR',
        validUntil: new Date(Date.now() + 86_400_000).toISOString(),
        proposedDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(unnamed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.description', reason: 'LINE_UNNAMED' });
    const typed = await admin.request(
      'mutation { createQuote(input: { clientId: 1, name: "x", services: [], sourceLanguage: "en", targetLanguages: ["de"], lines: [{ description: "x", quantity: 1, unit: words, unitPrice: "1" }], currency: "EUR", validUntil: "2031-01-01T00:00:00Z", proposedDeadline: "2031-01-01T00:00:00Z" }) { id } }',
    );
    expect(typed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
