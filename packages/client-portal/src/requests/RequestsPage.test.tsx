import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyRequestDocument, MyRequestsDocument, WithdrawMyRequestDocument, type MyRequestsQueryVariables } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, anImpersonation, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aFile, aHistoryEntry, aRequest, aRequestListItem } from '../test-support/workFixtures';

const acme = aViewer({
  username: 'ACME',
  name: 'Acme Pharmaceuticals GmbH',
  formatPreferences: {
    dateFormat: 'dd.MM.yyyy',
    timeFormat: 'HH:mm',
    decimalSeparator: ',',
    thousandsSeparator: '.',
    firstDayOfWeek: 'MONDAY',
    timeZone: 'Europe/Berlin',
  },
});

const requestList = [
  aRequestListItem({ id: '3', number: 'R-00003', name: 'Broschüre Herbst', kind: 'PROJECT', status: 'DECLINED' }),
  aRequestListItem({ id: '2', number: 'R-00002', name: 'Website FAQ', status: 'QUOTED' }),
  aRequestListItem(),
];

/** The API's filters, as far as these tests need them: the status, and the search within names. */
const requestsMock = {
  request: { query: MyRequestsDocument, variables: () => true },
  result: (variables: MyRequestsQueryVariables) => ({
    data: {
      myRequests: requestList.filter(
        (request) =>
          (!variables.status || request.status === variables.status) &&
          (!variables.search || request.name.toLowerCase().includes(variables.search.toLowerCase())),
      ),
    },
  }),
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('requests', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('lists the requests with type, languages, dates and status, and offers “New request”', async () => {
    renderPortal('/requests', { mocks: [viewerMock(acme), requestsMock] });

    const table = within(await screen.findByRole('table', { name: 'Requests' }));
    const rows = (await table.findAllByRole('row')).slice(1).map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    expect(rows[0]).toEqual([
      'R-00003',
      'Broschüre Herbst',
      'Project',
      'German (Germany) → French (France), Italian (Italy)',
      '01.03.2026',
      '01.04.2026 12:00',
      'Declined',
    ]);
    expect(rows.map((row) => row[6])).toEqual(['Declined', 'Quoted', 'Submitted']);
    expect(table.getByRole('columnheader', { name: 'Submitted' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New request' })).toHaveAttribute('href', '/requests/new');
  });

  it('filters by status and searches by name, kept in the address, with a way back from no match', async () => {
    const user = userEvent.setup();
    const { history } = renderPortal('/requests', { mocks: [viewerMock(acme), requestsMock] });
    await screen.findByRole('table', { name: 'Requests' });

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Quoted' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Requests' })).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'R-00002' })).toBeInTheDocument();
    expect(history.location.search).toBe('?status=QUOTED');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Broschüre');
    expect(await screen.findByText('No matching requests')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Requests' })).getAllByRole('row')).toHaveLength(4));
    expect(history.location.search).toBe('');
  });

  it('withdraws an open request only after the client confirms, then shows it withdrawn', async () => {
    const user = userEvent.setup();
    const open = aRequest({ version: 2 });
    const withdrawn = {
      ...open,
      status: 'WITHDRAWN' as const,
      version: 3,
      history: [
        ...open.history,
        aHistoryEntry({ id: 'h9', event: 'WITHDRAWN', status: 'WITHDRAWN', actorName: 'Acme Pharmaceuticals GmbH', actorKind: 'CLIENT' }),
      ],
    };
    let current = open;
    const withdraw = jest.fn(() => {
      current = withdrawn;
      return { data: { withdrawMyRequest: withdrawn } };
    });
    renderPortal('/requests/1', {
      mocks: [
        viewerMock(aViewer({ ...acme, rights: [{ area: 'REQUESTS', actions: ['BROWSE', 'DISPLAY', 'EDIT'] }] })),
        {
          request: { query: MyRequestDocument, variables: { id: '1', withFiles: false } },
          result: () => ({ data: { myRequest: current } }),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        { request: { query: WithdrawMyRequestDocument, variables: { id: '1', version: 2 } }, result: withdraw },
      ],
    });

    expect(await screen.findByRole('link', { name: 'Edit request' })).toHaveAttribute('href', '/requests/1/edit');
    await user.click(screen.getByRole('button', { name: 'Withdraw request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw request R-00001?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(withdraw).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Withdraw request' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Withdraw request R-00001?' })).getByRole('button', { name: 'Withdraw request' }),
    );
    expect(await screen.findByText('You withdrew this request')).toBeInTheDocument();
    expect(withdraw).toHaveBeenCalledTimes(1);
    expect(within(screen.getByRole('region', { name: 'History' })).getByText('Withdrawn')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw request' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit request' })).not.toBeInTheDocument();
  });

  it('offers no withdraw or edit without Requests Edit, nor once the agency answered', async () => {
    renderPortal('/requests/1', {
      mocks: [
        viewerMock(aViewer({ ...acme, rights: [{ area: 'REQUESTS', actions: ['BROWSE', 'DISPLAY', 'ADD'] }] })),
        {
          request: { query: MyRequestDocument, variables: { id: '1', withFiles: false } },
          result: { data: { myRequest: aRequest() } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Etikettentexte Serie B', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw request' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit request' })).not.toBeInTheDocument();
  });

  it('offers no “New request” without Requests Add, and shows it disabled in a read-only staff session', async () => {
    const { unmount } = renderPortal('/requests', {
      mocks: [viewerMock(aViewer({ ...acme, rights: [{ area: 'REQUESTS', actions: ['BROWSE', 'DISPLAY'] }] })), requestsMock],
    });
    expect(await screen.findByRole('table', { name: 'Requests' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New request' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New request' })).not.toBeInTheDocument();
    unmount();

    renderPortal('/requests', { mocks: [viewerMock(aViewer({ ...acme, impersonation: anImpersonation() })), requestsMock] });
    expect(await screen.findByRole('button', { name: 'New request' })).toBeDisabled();
    expect(
      screen.getByText('Read-only session: Anna Kowalska is viewing your portal without permission to make changes.'),
    ).toBeInTheDocument();
  });

  it('follows a request through its history to the quote and the project it became', async () => {
    renderPortal('/requests/1', {
      mocks: [
        viewerMock(acme),
        {
          request: { query: MyRequestDocument, variables: { id: '1', withFiles: true } },
          result: {
            data: {
              myRequest: aRequest({
                status: 'CONVERTED_TO_PROJECT',
                quoteId: '7',
                projectId: '12',
                files: [aFile({ fileName: 'etiketten.docx' })],
                history: [
                  aHistoryEntry({ event: 'SUBMITTED', status: 'SUBMITTED', actorName: 'Acme Pharmaceuticals GmbH', actorKind: 'CLIENT' }),
                  aHistoryEntry({ event: 'QUOTED', status: 'QUOTED', note: 'Q-00007' }),
                  aHistoryEntry({
                    event: 'CONVERTED_TO_PROJECT',
                    status: 'CONVERTED_TO_PROJECT',
                    note: 'P-00012',
                    actorName: 'Anna Kowalska on behalf of Acme Pharmaceuticals GmbH',
                    actorKind: 'STAFF_ON_BEHALF_OF_CLIENT',
                  }),
                ],
              }),
            },
          },
        },
      ],
    });

    const history = within(await screen.findByRole('region', { name: 'History' }));
    expect(history.getByText('Submitted')).toBeInTheDocument();
    expect(history.getByRole('link', { name: 'Quote Q-00007' })).toHaveAttribute('href', '/quotes/7');
    expect(history.getByRole('link', { name: 'Project P-00012' })).toHaveAttribute('href', '/projects/12');
    expect(history.getByText(/by Anna Kowalska on behalf of Acme Pharmaceuticals GmbH/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the project' })).toHaveAttribute('href', '/projects/12');
    expect(
      within(screen.getByRole('region', { name: 'Files' })).getByRole('link', { name: 'Download etiketten.docx' }),
    ).toBeInTheDocument();
  });

  it('says why the agency declined a request', async () => {
    renderPortal('/requests/1', {
      mocks: [
        viewerMock(aViewer({ ...acme, rights: [{ area: 'REQUESTS', actions: ['BROWSE', 'DISPLAY'] }] })),
        {
          request: { query: MyRequestDocument, variables: { id: '1', withFiles: false } },
          result: {
            data: {
              myRequest: aRequest({
                status: 'DECLINED',
                history: [
                  aHistoryEntry({ event: 'SUBMITTED', status: 'SUBMITTED' }),
                  aHistoryEntry({ event: 'DECLINED', status: 'DECLINED', note: 'We do not translate into Klingon.' }),
                ],
              }),
            },
          },
        },
      ],
    });

    expect(await screen.findByText('The agency declined this request')).toBeInTheDocument();
    expect(screen.getAllByText('Reason: We do not translate into Klingon.')).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'Files' })).not.toBeInTheDocument();
  });
});
