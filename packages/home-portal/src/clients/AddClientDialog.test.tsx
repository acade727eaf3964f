import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientGroupOptionsDocument, ClientsDocument, CreateClientDocument } from './clients.generated';
import { clientGroupOptions } from '../test-support/clientFixtures';
import { aViewer, renderWithProviders, type Mock } from '../test-support/renderWithProviders';
import { ClientsPage, clientsPageSize } from './ClientsPage';

const firstPage = { first: clientsPageSize, filter: {}, sortBy: 'NAME', sortDirection: 'ASC' };
const emptyList: Mock = {
  request: { query: ClientsDocument, variables: firstPage },
  result: {
    data: {
      clients: {
        __typename: 'ClientConnection',
        nodes: [],
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
};
const groupsMock: Mock = { request: { query: ClientGroupOptionsDocument }, result: { data: { clientGroups: clientGroupOptions } } };

function createMock(input: Record<string, unknown>, result: Mock['result']): Mock {
  return { request: { query: CreateClientDocument, variables: { input } }, result };
}

function renderPage(rights: string[], mocks: Mock[] = []) {
  return renderWithProviders(null, {
    viewer: aViewer(rights),
    mocks: [emptyList, groupsMock, ...mocks],
    path: '/clients',
    routes: [
      { path: '/clients', element: <ClientsPage /> },
      { path: '/clients/:clientId/main-data/:subtab', element: <p>Profile of client</p> },
    ],
  });
}

describe('Clients page by rights', () => {
  it('offers "Add client" and the group filter only to staff whose rights allow them', async () => {
    const { unmount } = renderPage(['CLIENTS:BROWSE']);
    await screen.findByText('No clients yet');
    expect(screen.queryByRole('button', { name: 'Add client' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Group/ })).not.toBeInTheDocument();
    unmount();

    renderPage(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY', 'CLIENTS:CREATE']);
    await screen.findByText('No clients yet');
    expect(screen.getByRole('button', { name: 'Add client' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: /^Group/ })).toBeEnabled();
  });

  it('lists the clients of the effective group picked in the filter', async () => {
    const user = userEvent.setup();
    const inKeyAccounts = jest.fn(() => ({
      data: {
        clients: {
          __typename: 'ClientConnection',
          nodes: [
            {
              __typename: 'Client',
              id: '12',
              username: 'NORDWIND',
              name: 'Nordwind Maschinenbau AG',
              status: 'ACTIVE',
              email: null,
              effectiveAccess: {
                __typename: 'EffectiveAccess',
                canSignIn: true,
                deniedReasons: [],
                group: { __typename: 'ClientGroup', id: '4', name: 'Key Accounts' },
              },
            },
          ],
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    }));
    renderPage(
      ['CLIENTS:BROWSE', 'CLIENTS:DISPLAY'],
      [{ request: { query: ClientsDocument, variables: { ...firstPage, filter: { groupId: '4' } } }, result: inKeyAccounts }],
    );
    await screen.findByText('No clients yet');

    const groupFilter = screen.getByRole('combobox', { name: /^Group/ });
    await waitFor(() => expect(groupFilter).toBeEnabled());
    await user.selectOptions(groupFilter, 'Key Accounts');

    const link = await screen.findByRole('link', { name: 'NORDWIND' });
    expect(link).toHaveAttribute('href', '/clients/12/main-data/identification');
    expect(inKeyAccounts).toHaveBeenCalledTimes(1);
  });
});

describe('Add client', () => {
  const creator = ['CLIENTS:BROWSE', 'CLIENTS:DISPLAY', 'CLIENTS:CREATE'];

  it('opens with the focus in its first field and gives the focus back to "Add client" when closed', async () => {
    const user = userEvent.setup();
    renderPage(creator);
    const open = await screen.findByRole('button', { name: 'Add client' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Add client' });
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /^ID/ })).toHaveFocus());

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(open).toHaveFocus());

    // Opened again, the dialog is the same one, empty and focused.
    await user.click(open);
    const again = await screen.findByRole('dialog', { name: 'Add client' });
    await waitFor(() => expect(within(again).getByRole('textbox', { name: /^ID/ })).toHaveValue(''));
  });

  it('checks ID, name and e-mail as they are typed', async () => {
    const user = userEvent.setup();
    renderPage(creator);
    await user.click(await screen.findByRole('button', { name: 'Add client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add client' });

    await user.type(within(dialog).getByRole('textbox', { name: /^ID/ }), '_x');
    expect(within(dialog).getByText('The ID must start with a letter or a digit')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^E-mail/ }), 'office@');
    expect(within(dialog).getByText('Enter an e-mail address such as name@example.com')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Add client' }));
    expect(within(dialog).getByText("Enter the client's name")).toBeInTheDocument();
  });

  it("shows the API's refusal on the field it names, then opens the new client's profile", async () => {
    const user = userEvent.setup();
    const taken = new GraphQLError('The ID "ACME" is already used by another client.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'username' },
    });
    renderPage(creator, [
      // The list asks again once the new client is stored.
      emptyList,
      createMock({ username: 'acme', name: 'Acme Corp', status: 'ACTIVE', email: null }, { errors: [taken] }),
      createMock(
        { username: 'acme-2', name: 'Acme Corp', status: 'ACTIVE', email: null },
        {
          data: {
            createClient: {
              __typename: 'Client',
              id: '77',
              username: 'acme-2',
              name: 'Acme Corp',
              status: 'ACTIVE',
              email: null,
              effectiveAccess: {
                __typename: 'EffectiveAccess',
                canSignIn: false,
                deniedReasons: ['PORTAL_ACCESS_NOT_ALLOWED'],
                group: null,
              },
            },
          },
        },
      ),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add client' });
    const id = within(dialog).getByRole('textbox', { name: /^ID/ });

    await user.type(id, 'acme');
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Acme Corp');
    await user.click(within(dialog).getByRole('combobox', { name: /^Status/ }));
    await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Active' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add client' }));

    expect(await within(dialog).findByText('The ID "ACME" is already used by another client.')).toBeInTheDocument();
    expect(id).toHaveAttribute('aria-invalid', 'true');

    await user.type(id, '-2');
    await user.click(within(dialog).getByRole('button', { name: 'Add client' }));

    expect(await screen.findByText('Profile of client')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
