import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientSearchOptionsDocument } from '../../clients/clientSearch.generated';
import { CreateQuoteDocument, QuotesDocument, type QuotesQueryVariables } from './quotes.generated';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { aQuote } from '../../test-support/workFixtures';
import { workListPageSize } from '../WorkListStates';
import { QuotesPage } from './QuotesPage';

const browser = aViewer(['QUOTES:BROWSE']);
const writer = aViewer(['QUOTES:BROWSE', 'QUOTES:CREATE', 'CLIENTS:BROWSE']);
const routes = [
  { path: '/quotes', element: <QuotesPage /> },
  { path: '/quotes/:quoteId', element: <p>The quote page</p> },
];

function variables(overrides: Partial<QuotesQueryVariables> = {}): QuotesQueryVariables {
  return { first: workListPageSize, clientId: null, status: null, ...overrides };
}

function quotesMock(vars: QuotesQueryVariables, quotes: ReturnType<typeof aQuote>[]): Mock {
  return { request: { query: QuotesDocument, variables: vars }, result: { data: { quotes } } };
}

const clientSearchMock: Mock = {
  request: { query: ClientSearchOptionsDocument, variables: { search: 'acm' } },
  result: {
    data: {
      clients: {
        __typename: 'ClientConnection',
        nodes: [{ __typename: 'Client', id: '10', username: 'ACME', name: 'Acme Pharmaceuticals GmbH' }],
      },
    },
  },
};

function renderQuotes(mocks: Mock[], viewer = browser) {
  return renderWithProviders(null, { routes, path: '/quotes', viewer, mocks });
}

/** The quote form's total, as its footer row shows it. */
function shownTotal(dialog: HTMLElement): string | null {
  return within(dialog).getByRole('row', { name: /^Total/ }).textContent;
}

/** The row of price line `number` in the quote form. */
function lineRow(dialog: HTMLElement, number: number): HTMLElement {
  const row = within(dialog)
    .getByRole('textbox', { name: `Description of line ${number}` })
    .closest('tr');
  if (!row) throw new Error(`No line ${number}`);
  return row;
}

async function openNewQuote(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New quote' }));
  return screen.findByRole('dialog', { name: 'New quote' });
}

describe('Quotes', () => {
  it('lists quotes and filters them by status and by client', async () => {
    const user = userEvent.setup();
    renderQuotes(
      [
        quotesMock(variables(), [aQuote(2, { status: 'ACCEPTED' }), aQuote(1)]),
        quotesMock(variables({ status: 'PENDING' }), [aQuote(1)]),
        clientSearchMock,
        quotesMock(variables({ status: 'PENDING', clientId: '10' }), []),
      ],
      writer,
    );

    const table = await screen.findByRole('table', { name: 'Quotes' });
    expect(within(table).getByRole('link', { name: 'Q-00002' })).toHaveAttribute('href', '/quotes/2');
    expect(within(table).getByText('Accepted')).toBeInTheDocument();
    expect(within(table).getAllByText('€288.00')).toHaveLength(2);

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Waiting for the client' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Q-00002' })).not.toBeInTheDocument());

    await user.type(screen.getByRole('combobox', { name: 'Client' }), 'acm');
    await user.click(await screen.findByRole('option', { name: 'ACME · Acme Pharmaceuticals GmbH' }));
    expect(await screen.findByText('No quotes match these filters')).toBeInTheDocument();
  });

  it('offers "New quote" only to staff who may create quotes', async () => {
    renderQuotes([quotesMock(variables(), [])]);
    expect(await screen.findByText('No quotes yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New quote' })).not.toBeInTheDocument();
  });

  it('computes each line amount and the total as the price lines are typed', async () => {
    const user = userEvent.setup();
    renderQuotes([quotesMock(variables(), [])], writer);
    const dialog = await openNewQuote(user);
    expect(shownTotal(dialog)).toContain('€0.00');

    await user.type(within(dialog).getByRole('textbox', { name: 'Quantity of line 1' }), '2400');
    await user.type(within(dialog).getByRole('textbox', { name: 'Unit price of line 1' }), '0.12');
    expect(lineRow(dialog, 1)).toHaveTextContent('€288.00');
    expect(shownTotal(dialog)).toContain('€288.00');

    await user.click(within(dialog).getByRole('button', { name: 'Add a line' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Quantity of line 2' }), '1.5');
    await user.type(within(dialog).getByRole('textbox', { name: 'Unit price of line 2' }), '45.55');
    // 1.5 × 45.55 = 68.325, rounded to the cent as the API does.
    expect(lineRow(dialog, 2)).toHaveTextContent('€68.33');
    expect(shownTotal(dialog)).toContain('€356.33');

    await user.clear(within(dialog).getByRole('combobox', { name: /^Currency/ }));
    await user.type(within(dialog).getByRole('combobox', { name: /^Currency/ }), 'usd');
    expect(shownTotal(dialog)).toContain('$356.33');

    await user.click(within(dialog).getByRole('button', { name: 'Remove line 1' }));
    expect(shownTotal(dialog)).toContain('$68.33');
  });

  it('refuses a quote without price lines', async () => {
    const user = userEvent.setup();
    const created = jest.fn();
    renderQuotes(
      [quotesMock(variables(), []), { request: { query: CreateQuoteDocument, variables: () => true }, result: created }],
      writer,
    );
    const dialog = await openNewQuote(user);

    await user.click(within(dialog).getByRole('button', { name: 'Remove line 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create quote' }));

    expect(await within(dialog).findByText('Add at least one price line')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose the client')).toBeInTheDocument();
    expect(created).not.toHaveBeenCalled();
  });

  it('creates the quote with its lines for the chosen client and opens it', async () => {
    const user = userEvent.setup();
    const validUntil = '2031-01-15T17:00';
    const proposedDeadline = '2031-02-01T12:00';
    const created = jest.fn(() => ({ data: { createQuote: { ...aQuote(8, { name: 'Leaflet' }), requestId: null } } }));
    renderQuotes(
      [
        quotesMock(variables(), []),
        clientSearchMock,
        {
          request: {
            query: CreateQuoteDocument,
            variables: {
              input: {
                clientId: '10',
                requestId: null,
                name: 'Leaflet',
                services: ['TRANSLATION'],
                sourceLanguage: 'en',
                targetLanguages: ['de'],
                currency: 'EUR',
                lines: [{ description: 'Translation', service: null, quantity: 2400, unit: 'WORDS', unitPrice: '0.12' }],
                validUntil: new Date(validUntil).toISOString(),
                proposedDeadline: new Date(proposedDeadline).toISOString(),
              },
            },
          },
          result: created,
        },
        quotesMock(variables(), [aQuote(8, { name: 'Leaflet' })]),
      ],
      writer,
    );
    const dialog = await openNewQuote(user);

    await user.type(within(dialog).getByRole('combobox', { name: /^Client/ }), 'acm');
    await user.click(await screen.findByRole('option', { name: 'ACME · Acme Pharmaceuticals GmbH' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Leaflet');
    await user.click(within(dialog).getByRole('combobox', { name: /^Services/ }));
    await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Translation' }));
    await user.type(within(dialog).getByRole('combobox', { name: /^Source language/ }), 'en');
    await user.type(within(dialog).getByRole('combobox', { name: /^Target languages/ }), 'de{Enter}');
    fireEvent.change(within(dialog).getByLabelText(/^Valid until/), { target: { value: validUntil } });
    fireEvent.change(within(dialog).getByLabelText(/^Proposed deadline/), { target: { value: proposedDeadline } });
    await user.type(within(dialog).getByRole('textbox', { name: 'Description of line 1' }), 'Translation');
    await user.type(within(dialog).getByRole('textbox', { name: 'Quantity of line 1' }), '2400');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Unit of line 1' }), 'words');
    await user.type(within(dialog).getByRole('textbox', { name: 'Unit price of line 1' }), '0.12');
    await user.click(within(dialog).getByRole('button', { name: 'Create quote' }));

    expect(await screen.findByText('The quote page')).toBeInTheDocument();
    expect(screen.getByText('Quote Q-00008 was created.')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });
});
