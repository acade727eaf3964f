import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccessDeniedReason } from '../gql/graphql';
import { ClientsDocument, type ClientListItemFragment, type ClientsQueryVariables } from './clients.generated';
import { aViewer, renderWithProviders, type Mock } from '../test-support/renderWithProviders';
import { ClientsPage, clientsPageSize } from './ClientsPage';

function anAccess(
  canSignIn: boolean,
  deniedReasons: AccessDeniedReason[] = [],
  group: { id: string; name: string } | null = { id: '7', name: 'Direct clients' },
) {
  return {
    __typename: 'EffectiveAccess',
    canSignIn,
    deniedReasons,
    group: group && { __typename: 'ClientGroup', ...group },
  };
}

type ClientOverrides = Partial<Omit<ClientListItemFragment, 'effectiveAccess'>> & {
  effectiveAccess?: ReturnType<typeof anAccess>;
};

function aClient(id: number, overrides: ClientOverrides = {}) {
  return {
    __typename: 'Client',
    id: String(id),
    username: `client${id}`,
    name: `Client ${id} Ltd`,
    status: 'ACTIVE',
    email: `office@client${id}.example`,
    effectiveAccess: anAccess(true),
    ...overrides,
  };
}

function variables(overrides: Partial<ClientsQueryVariables> = {}): ClientsQueryVariables {
  return { first: clientsPageSize, filter: {}, sortBy: 'NAME', sortDirection: 'ASC', ...overrides };
}

interface PageOptions {
  totalCount?: number;
  endCursor?: string | null;
  hasNextPage?: boolean;
}

function clientsResult(
  nodes: ReturnType<typeof aClient>[],
  { totalCount = nodes.length, endCursor = null, hasNextPage = false }: PageOptions = {},
) {
  return {
    data: {
      clients: {
        __typename: 'ClientConnection',
        nodes,
        totalCount,
        pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
      },
    },
  };
}

function clientsMock(vars: ClientsQueryVariables, nodes: ReturnType<typeof aClient>[], page: PageOptions = {}): Mock {
  return { request: { query: ClientsDocument, variables: vars }, result: clientsResult(nodes, page) };
}

/** A staff member who may only list clients: no group filter, no "Add client", rows not linked. */
const browsingViewer = aViewer(['CLIENTS:BROWSE']);

function renderClientsPage(mocks: Mock[], path = '/clients', viewer = browsingViewer) {
  return renderWithProviders(<ClientsPage />, { mocks, path, viewer });
}

describe('ClientsPage', () => {
  it('lists clients with status, e-mail and whether they can sign in', async () => {
    renderClientsPage([
      clientsMock(variables(), [
        aClient(1, { name: 'Acme Translations' }),
        aClient(2, {
          name: 'Globex',
          status: 'INACTIVE',
          email: null,
          effectiveAccess: anAccess(false, ['STATUS_DENIES_ACCESS', 'PORTAL_ACCESS_NOT_ALLOWED'], { id: '3', name: 'Inactive' }),
        }),
      ]),
    ]);

    expect(screen.getByText('Loading clients…')).toBeInTheDocument();
    const acmeRow = (await screen.findByText('Acme Translations')).closest('tr');
    expect(acmeRow).not.toBeNull();
    const acme = within(acmeRow as HTMLElement);
    expect(acme.getByText('client1')).toBeInTheDocument();
    expect(acme.getByText('Active')).toBeInTheDocument();
    expect(acme.getByRole('link', { name: 'office@client1.example' })).toHaveAttribute('href', 'mailto:office@client1.example');
    expect(acme.getByText('Can sign in')).toBeInTheDocument();

    const globex = within(screen.getByText('Globex').closest('tr') as HTMLElement);
    expect(globex.getByText('Inactive')).toBeInTheDocument();
    expect(globex.getByText('No e-mail')).toBeInTheDocument();
    expect(globex.getByText('Cannot sign in')).toBeInTheDocument();
    expect(globex.getByText('The status does not allow portal access')).toBeInTheDocument();
    expect(globex.getByText('Portal access is switched off for this client')).toBeInTheDocument();
    expect(globex.getByText('Group: Inactive')).toBeInTheDocument();

    expect(screen.getByText('Showing 2 of 2 clients')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says so when there are no clients yet', async () => {
    renderClientsPage([clientsMock(variables(), [])]);

    expect(await screen.findByText('No clients yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers to clear the filters when nothing matches them', async () => {
    const user = userEvent.setup();
    renderClientsPage(
      [clientsMock(variables({ filter: { search: 'zzz', status: 'POTENTIAL' } }), []), clientsMock(variables(), [aClient(1)])],
      '/clients?search=zzz&status=POTENTIAL',
    );

    expect(await screen.findByText('No clients match')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('zzz');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByText('Client 1 Ltd')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('searches once typing pauses, not on every key', async () => {
    const user = userEvent.setup();
    const searched = jest.fn(() => clientsResult([aClient(3, { name: 'Acme' })]));
    renderClientsPage([
      clientsMock(variables(), [aClient(1), aClient(2)]),
      { request: { query: ClientsDocument, variables: variables({ filter: { search: 'acme' } }) }, result: searched },
    ]);
    await screen.findByText('Client 1 Ltd');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'acme');

    expect(await screen.findByText('Acme')).toBeInTheDocument();
    expect(screen.queryByText('Client 1 Ltd')).not.toBeInTheDocument();
    expect(searched).toHaveBeenCalledTimes(1);
  });

  it('shows only the clients of the status picked in the filter', async () => {
    const user = userEvent.setup();
    renderClientsPage([
      clientsMock(variables(), [aClient(1), aClient(2)]),
      clientsMock(variables({ filter: { status: 'INACTIVE' } }), [aClient(5, { status: 'INACTIVE' })]),
    ]);
    await screen.findByText('Client 1 Ltd');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Inactive');

    expect(await screen.findByText('Client 5 Ltd')).toBeInTheDocument();
    expect(screen.queryByText('Client 1 Ltd')).not.toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 1 client')).toBeInTheDocument();
  });

  it('keeps the rows shown when the next page cannot be loaded', async () => {
    const user = userEvent.setup();
    renderClientsPage([
      clientsMock(variables(), [aClient(1), aClient(2)], { totalCount: 3, endCursor: 'cursor-2', hasNextPage: true }),
      { request: { query: ClientsDocument, variables: variables({ after: 'cursor-2' }) }, error: new TypeError('Failed to fetch') },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('More clients could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('Client 1 Ltd')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load more' })).toBeEnabled();
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const user = userEvent.setup();
    renderClientsPage([
      clientsMock(variables(), [aClient(1), aClient(2)]),
      clientsMock(variables({ sortBy: 'NAME', sortDirection: 'DESC' }), [aClient(2), aClient(1)]),
      clientsMock(variables({ sortBy: 'STATUS', sortDirection: 'ASC' }), [aClient(4)]),
    ]);
    await screen.findByText('Client 1 Ltd');
    const nameHeader = screen.getByRole('columnheader', { name: /^Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(nameHeader).getByRole('button'));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => {
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows[0]).toHaveTextContent('Client 2 Ltd');
    });

    await user.click(within(screen.getByRole('columnheader', { name: /^Status/ })).getByRole('button'));
    expect(await screen.findByText('Client 4 Ltd')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /^Status/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('loads the next page after the last cursor and keeps the rows already shown', async () => {
    const user = userEvent.setup();
    renderClientsPage([
      clientsMock(variables(), [aClient(1), aClient(2)], { totalCount: 3, endCursor: 'cursor-2', hasNextPage: true }),
      clientsMock(variables({ after: 'cursor-2' }), [aClient(3)], { totalCount: 3, endCursor: 'cursor-3' }),
    ]);

    expect(await screen.findByText('Showing 2 of 3 clients')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Client 3 Ltd')).toBeInTheDocument();
    expect(screen.getByText('Client 1 Ltd')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3 clients')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows why the list could not be loaded and tries again on request', async () => {
    const user = userEvent.setup();
    renderClientsPage([
      {
        request: { query: ClientsDocument, variables: variables() },
        result: { errors: [new GraphQLError('You may not list clients.', { extensions: { code: 'FORBIDDEN' } })] },
      },
      clientsMock(variables(), [aClient(1)]),
    ]);

    expect(await screen.findByText('Clients could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('You may not list clients.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Client 1 Ltd')).toBeInTheDocument();
  });

  it('marks the start of each word the search matched, a middle word of the name included', async () => {
    renderClientsPage(
      [clientsMock(variables({ filter: { search: 'pharma' } }), [aClient(1, { name: 'Acme Pharmaceuticals GmbH' })])],
      '/clients?search=pharma',
    );
    const marked = await screen.findByText('Pharma', { selector: 'mark' });
    expect(marked.parentElement).toHaveTextContent('Acme Pharmaceuticals GmbH');
  });

  it('shows each client as a card with its status and whether it can sign in at phone width', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...matchMedia(query), matches: query.includes('max-width') });
    try {
      renderClientsPage([
        clientsMock(variables(), [
          aClient(1),
          aClient(2, { status: 'POTENTIAL', effectiveAccess: anAccess(false, ['STATUS_DENIES_ACCESS']) }),
        ]),
      ]);
      const cards = await screen.findByRole('list', { name: 'Clients' });
      const [first, second] = within(cards).getAllByRole('listitem');
      expect(first).toHaveTextContent('client1');
      expect(first).toHaveTextContent('Active');
      expect(first).toHaveTextContent('Can sign in');
      expect(second).toHaveTextContent('Potential');
      expect(second).toHaveTextContent('Cannot sign in');
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
