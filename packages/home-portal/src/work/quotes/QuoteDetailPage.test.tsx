import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuoteDocument, UpdateQuoteDocument } from './quotes.generated';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { aHistoryEntry, aPriceLine, aQuoteDetail } from '../../test-support/workFixtures';
import { QuoteDetailPage } from './QuoteDetailPage';

const editor = aViewer(['QUOTES:BROWSE', 'QUOTES:EDIT', 'PROJECTS:BROWSE']);
const reader = aViewer(['QUOTES:BROWSE']);
const routes = [{ path: '/quotes/:quoteId', element: <QuoteDetailPage /> }];

function quoteMock(quote: ReturnType<typeof aQuoteDetail>): Mock {
  return { request: { query: QuoteDocument, variables: { id: '7' } }, result: { data: { quote } } };
}

function renderQuote(mocks: Mock[], viewer = editor) {
  return renderWithProviders(null, { routes, path: '/quotes/7', viewer, mocks });
}

/** Validity and deadline in the future, so the form accepts them as they are. */
const pending = aQuoteDetail(7, { validUntil: '2099-06-01T12:00:00.000Z', proposedDeadline: '2099-06-10T12:00:00.000Z' });

describe('Quote detail', () => {
  it('shows the price lines with their amounts and the total, and the history', async () => {
    renderQuote([
      quoteMock(
        aQuoteDetail(7, {
          lines: [aPriceLine('Translation', 2400, '0.12', '288.00'), aPriceLine('Proofreading', 2400, '0.04', '96.00')],
          total: { __typename: 'Money', amount: '384.00', currency: 'EUR' },
        }),
      ),
    ]);

    const lines = await screen.findByRole('table', { name: 'Price lines' });
    expect(within(lines).getByText('Proofreading').closest('tr')).toHaveTextContent('€96.00');
    expect(within(lines).getByRole('row', { name: /^Total/ })).toHaveTextContent('€384.00');
    expect(within(screen.getByRole('region', { name: 'History' })).getByText('Created: Waiting for the client')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', '/quotes/7/pdf');
  });

  it('edits the terms of a pending quote with the version it was opened at', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({ data: { updateQuote: { ...pending, version: 3, name: 'Quote 7 (revised)' } } }));
    renderQuote([
      quoteMock(pending),
      {
        request: {
          query: UpdateQuoteDocument,
          variables: {
            input: {
              id: '7',
              version: 2,
              name: 'Quote 7 (revised)',
              services: ['TRANSLATION'],
              sourceLanguage: 'en',
              targetLanguages: ['de'],
              currency: 'EUR',
              lines: [{ description: 'Translation', service: null, quantity: 2400, unit: 'WORDS', unitPrice: '0.10' }],
              validUntil: '2099-06-01T12:00:00.000Z',
              proposedDeadline: '2099-06-10T12:00:00.000Z',
            },
          },
        },
        result: saved,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit quote Q-00007' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), ' (revised)');
    const unitPrice = within(dialog).getByRole('textbox', { name: 'Unit price of line 1' });
    await user.clear(unitPrice);
    await user.type(unitPrice, '0.10');
    expect(within(dialog).getByRole('row', { name: /^Total/ })).toHaveTextContent('€240.00');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The quote was saved.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Q-00007 · Quote 7 (revised)' })).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('says why a quote the client decided meanwhile was not saved', async () => {
    const user = userEvent.setup();
    const decided = new GraphQLError('The client already accepted this quote; it can no longer change.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'QUOTE_DECIDED' },
    });
    renderQuote([quoteMock(pending), { request: { query: UpdateQuoteDocument, variables: () => true }, result: { errors: [decided] } }]);

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit quote Q-00007' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), '!');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('The client already accepted this quote; it can no longer change.')).toBeInTheDocument();
  });

  it('links an accepted quote to its project and offers no edit', async () => {
    renderQuote([
      quoteMock(
        aQuoteDetail(7, {
          status: 'ACCEPTED',
          projectId: '42',
          decidedAt: '2030-01-05T10:00:00.000Z',
          history: [
            aHistoryEntry('1', 'CREATED', { status: 'PENDING' }),
            aHistoryEntry('2', 'ACCEPTED', { status: 'ACCEPTED', note: 'P-00042', actorName: 'Acme Pharmaceuticals GmbH' }),
          ],
        }),
      ),
    ]);

    expect(await screen.findByRole('link', { name: 'Open the project it became' })).toHaveAttribute('href', '/projects/42');
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it("shows the client's reason for a rejection", async () => {
    renderQuote([quoteMock(aQuoteDetail(7, { status: 'REJECTED', rejectionReason: 'Too expensive for this budget.' }))]);
    expect(await screen.findByRole('alert', { name: 'The client rejected this quote' })).toHaveTextContent(
      'Too expensive for this budget.',
    );
  });

  it('offers no edit to staff who may not edit quotes', async () => {
    renderQuote([quoteMock(pending)], reader);
    await screen.findByRole('heading', { name: 'Q-00007 · Quote 7' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument());
  });
});
