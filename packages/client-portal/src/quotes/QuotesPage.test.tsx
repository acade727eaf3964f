import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AcceptQuoteDocument,
  MyProjectDocument,
  MyQuoteDocument,
  MyQuotesDocument,
  RejectQuoteDocument,
  type MyQuotesQueryVariables,
  type QuoteDetailFieldsFragment,
} from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, anImpersonation, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aHistoryEntry, aProject, aQuote, aQuoteListItem } from '../test-support/workFixtures';

const atlas = aViewer({
  formatPreferences: {
    dateFormat: 'MM/dd/yyyy',
    timeFormat: 'h:mm a',
    decimalSeparator: null,
    thousandsSeparator: null,
    firstDayOfWeek: 'SUNDAY',
    timeZone: 'America/Chicago',
  },
});

const quotes = [
  aQuoteListItem(),
  aQuoteListItem({ id: '4', number: 'Q-00004', name: 'HR policy 2027', status: 'EXPIRED', total: { amount: '7445.00', currency: 'USD' } }),
];

function quotesMock() {
  return {
    request: { query: MyQuotesDocument, variables: () => true },
    result: (variables: MyQuotesQueryVariables) => ({
      data: {
        myQuotes: quotes.filter(
          (quote) =>
            (!variables.status || quote.status === variables.status) &&
            (!variables.search || quote.name.toLowerCase().includes(variables.search.toLowerCase())),
        ),
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function quoteMock(quote: QuoteDetailFieldsFragment | (() => QuoteDetailFieldsFragment)) {
  return {
    request: { query: MyQuoteDocument, variables: { id: '3' } },
    result: () => ({ data: { myQuote: typeof quote === 'function' ? quote() : quote } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('quotes', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('lists the quotes with validity, status and total, filtered by status', async () => {
    const user = userEvent.setup();
    const { history } = renderPortal('/quotes', { mocks: [viewerMock(atlas), quotesMock()] });

    const table = await screen.findByRole('table', { name: 'Quotes' });
    await within(table).findByRole('link', { name: 'Q-00004' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('$7,445.00')).toBeInTheDocument();
    expect(within(table).getAllByText('03/20/2026')).toHaveLength(2);

    expect(within(table).getAllByText('03/01/2026')).toHaveLength(2);
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Expired' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Quotes' })).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Q-00004' })).toBeInTheDocument();
    expect(history.location.search).toBe('?status=EXPIRED');
  });

  it('searches the quotes by name, with a way back when nothing matches', async () => {
    const user = userEvent.setup();
    const { history } = renderPortal('/quotes', { mocks: [viewerMock(atlas), quotesMock()] });
    await screen.findByRole('link', { name: 'Q-00004' });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'HR policy');
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Quotes' })).getAllByRole('row')).toHaveLength(2));
    expect(history.location.search).toBe('?search=HR+policy');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), ' 1999');
    expect(await screen.findByText('No matching quotes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Quotes' })).getAllByRole('row')).toHaveLength(3));
  });

  it('shows the price lines, total, validity and proposed deadline of a quote', async () => {
    renderPortal('/quotes/3', { mocks: [viewerMock(atlas), quoteMock(aQuote())] });

    const price = within(await screen.findByRole('table', { name: 'Price' }));
    const rows = price.getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Description', 'Quantity', 'Unit', 'Unit price', 'Amount'],
      ['Translation · EN→DE', '3,600', 'words', '$0.11', '$396.00'],
      ['Project management', '1', 'flat fee', '$45.00', '$45.00'],
      ['Total', '$441.00'],
    ]);
    expect(screen.getByText('This quote of $441.00 can be accepted until the end of 03/20/2026.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Details' })).getByText('03/27/2026 11:00 AM')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', '/quotes/3/pdf?language=EN');
  });

  it('names the services and units of the price lines in the client’s language', async () => {
    await i18n.changeLanguage('DE');
    renderPortal('/quotes/3', { mocks: [viewerMock(aViewer({ preferredLanguage: 'DE' })), quoteMock(aQuote())] });
    const price = within(await screen.findByRole('table', { name: 'Preis' }));
    const cells = price.getAllByRole('row').map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(cells[1]?.slice(0, 3)).toEqual(['Übersetzung · EN→DE', '3.600', 'Wörter']);
    expect(cells[2]?.slice(0, 3)).toEqual(['Project management', '1', 'Pauschale']);
  });

  it('accepts a pending quote after confirming, then opens the project it became', async () => {
    const user = userEvent.setup();
    const accept = jest.fn(() => ({
      data: {
        acceptQuote: aQuote({
          status: 'ACCEPTED',
          version: 2,
          projectId: '10',
          history: [aHistoryEntry({ event: 'ACCEPTED', status: 'ACCEPTED', note: 'P-00010' })],
        }),
      },
    }));
    const { history } = renderPortal('/quotes/3', {
      mocks: [
        viewerMock(atlas),
        quoteMock(aQuote()),
        { request: { query: AcceptQuoteDocument, variables: { id: '3', version: 1 } }, result: accept },
        {
          request: { query: MyProjectDocument, variables: { id: '10', withFiles: true, withFeedback: true } },
          result: {
            data: {
              myProject: aProject({
                id: '10',
                number: 'P-00010',
                name: 'Fleet app release notes',
                status: 'IN_PROGRESS',
                files: [],
                feedback: null,
              }),
            },
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Accept quote Q-00003?' }));
    expect(
      dialog.getByText(
        'You order “Fleet app release notes” for $441.00. If you accept now, the agency plans to deliver by 03/27/2026 11:00 AM.',
      ),
    ).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Accept quote' }));

    await waitFor(() => expect(history.location.pathname).toBe('/projects/10'));
    expect(accept).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Quote Q-00003 accepted: the project has started.')).toBeInTheDocument();
  });

  it('rejects a quote with a reason of 3 to 1,000 characters', async () => {
    const user = userEvent.setup();
    const reject = jest.fn(() => ({
      data: {
        rejectQuote: aQuote({
          status: 'REJECTED',
          version: 2,
          rejectionReason: 'Budget moved to next year',
          decidedAt: '2026-03-05T15:00:00.000Z',
        }),
      },
    }));
    renderPortal('/quotes/3', {
      mocks: [
        viewerMock(atlas),
        quoteMock(aQuote()),
        {
          request: { query: RejectQuoteDocument, variables: { id: '3', version: 1, reason: 'Budget moved to next year' } },
          result: reject,
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Reject quote Q-00003' }));
    await user.click(dialog.getByRole('button', { name: 'Reject quote' }));
    expect(await dialog.findByText('Write between 3 and 1000 characters.')).toBeInTheDocument();
    await user.type(dialog.getByRole('textbox', { name: 'Reason' }), 'Budget moved to next year');
    await waitFor(() => expect(dialog.queryByText('Write between 3 and 1000 characters.')).not.toBeInTheDocument());
    await user.click(dialog.getByRole('button', { name: 'Reject quote' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(reject).toHaveBeenCalledTimes(1);
    expect(screen.getAllByText('Rejected').length).toBeGreaterThan(0);
    expect(screen.getByText('Budget moved to next year')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('explains an expired quote in the dialog and shows it as it is now', async () => {
    const user = userEvent.setup();
    let expired = false;
    renderPortal('/quotes/3', {
      mocks: [
        viewerMock(atlas),
        quoteMock(() => aQuote(expired ? { status: 'EXPIRED' } : {})),
        {
          request: { query: AcceptQuoteDocument, variables: { id: '3', version: 1 } },
          result: () => {
            expired = true;
            return {
              errors: [
                {
                  message: 'This quote has expired; ask the agency for a new one.',
                  extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'QUOTE_EXPIRED' },
                },
              ],
            };
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Accept quote Q-00003?' }));
    await user.click(dialog.getByRole('button', { name: 'Accept quote' }));
    expect(
      await screen.findByText('This quote has expired and can no longer be accepted. Please ask the agency for a new one.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/expired on 03\/20\/2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('offers no decision without Quotes Edit', async () => {
    renderPortal('/quotes/3', {
      mocks: [viewerMock(aViewer({ ...atlas, rights: [{ area: 'QUOTES', actions: ['BROWSE', 'DISPLAY'] }] })), quoteMock(aQuote())],
    });

    expect(await screen.findByRole('table', { name: 'Price' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
  });

  it('shows Accept and Reject disabled in a read-only staff session, saying why', async () => {
    renderPortal('/quotes/3', { mocks: [viewerMock(aViewer({ ...atlas, impersonation: anImpersonation() })), quoteMock(aQuote())] });

    expect(await screen.findByRole('button', { name: 'Accept' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Accept' })).toHaveAccessibleDescription(
      'Read-only session: Anna Kowalska is viewing your portal without permission to make changes.',
    );
  });

  it('explains the API’s refusal of a change in a read-only session it did not know of', async () => {
    const user = userEvent.setup();
    renderPortal('/quotes/3', {
      mocks: [
        viewerMock(atlas),
        quoteMock(aQuote()),
        {
          request: { query: RejectQuoteDocument, variables: { id: '3', version: 1, reason: 'Too expensive' } },
          result: { errors: [{ message: 'This is a read-only session.', extensions: { code: 'READ_ONLY_SESSION' } }] },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Reject quote Q-00003' }));
    await user.type(dialog.getByRole('textbox', { name: 'Reason' }), 'Too expensive');
    await user.click(dialog.getByRole('button', { name: 'Reject quote' }));

    expect(await dialog.findByText('This session is read-only: nothing can be changed in it.')).toBeInTheDocument();
  });
});
