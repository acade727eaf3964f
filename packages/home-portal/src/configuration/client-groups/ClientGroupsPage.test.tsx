import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientGroupsDocument, CreateClientGroupDocument, DeleteClientGroupDocument } from './clientGroups.generated';
import { atPhoneWidth } from '../../test-support/phoneWidth';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { ClientGroupsPage } from './ClientGroupsPage';

const allAreas = ['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'FILES', 'MESSAGES', 'PROFILE'];

function aGroup(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ClientGroup',
    id,
    name,
    builtIn: false,
    statusGroupFor: null,
    accessAllowed: true,
    twoFactorRequired: false,
    clientCount: 0,
    version: 1,
    rights: allAreas.map((area) => ({ __typename: 'ClientAreaRights', area, actions: area === 'PROJECTS' ? ['BROWSE', 'DISPLAY'] : [] })),
    ...overrides,
  };
}

const groups = [
  aGroup('1', 'Active', { builtIn: true, statusGroupFor: 'ACTIVE' }),
  aGroup('4', 'Key Accounts'),
  aGroup('6', 'Resellers', { clientCount: 3 }),
];
const groupsMock: Mock = {
  request: { query: ClientGroupsDocument },
  result: { data: { clientGroups: groups } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const manager = aViewer([
  'CLIENT_GROUPS:BROWSE',
  'CLIENT_GROUPS:DISPLAY',
  'CLIENT_GROUPS:CREATE',
  'CLIENT_GROUPS:EDIT',
  'CLIENT_GROUPS:DELETE',
]);

function renderPage(mocks: Mock[] = [], viewer = manager) {
  return renderWithProviders(<ClientGroupsPage />, { mocks: [groupsMock, ...mocks], viewer });
}

async function openActions(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for ${name}` }));
}

describe('Client Groups and Rights', () => {
  it('shows each group as a card with its access and how many clients use it at phone width', async () => {
    await atPhoneWidth(async () => {
      renderPage();
      const cards = await screen.findByRole('list', { name: 'Client Groups and Rights' });
      const resellers = within(cards)
        .getAllByRole('listitem')
        .find((card) => card.textContent?.includes('Resellers')) as HTMLElement;
      expect(resellers).toHaveTextContent('Allowed');
      expect(within(resellers).getByRole('link', { name: '3 clients' })).toHaveAttribute('href', '/clients?group=6');
      expect(within(resellers).getByRole('button', { name: 'Actions for Resellers' })).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    });
  });

  it('lists the groups with their access and rights', async () => {
    renderPage();

    const active = (await screen.findByRole('button', { name: 'Active' })).closest('tr') as HTMLElement;
    expect(within(active).getByText('Status group: Active')).toBeInTheDocument();
    expect(within(active).getByText('Allowed')).toBeInTheDocument();
    expect(within(active).getByText('2 rights')).toBeInTheDocument();
  });

  it('opens "Duplicate" as a new group prefilled with "Copy of <name>" and the same rights', async () => {
    const created = jest.fn(() => ({ data: { createClientGroup: aGroup('9', 'Copy of Key Accounts') } }));
    const user = userEvent.setup();
    renderPage([
      {
        request: {
          query: CreateClientGroupDocument,
          variables: {
            input: {
              name: 'Copy of Key Accounts',
              accessAllowed: true,
              twoFactorRequired: false,
              rights: allAreas.map((area) => ({ area, actions: area === 'PROJECTS' ? ['BROWSE', 'DISPLAY'] : [] })),
            },
          },
        },
        result: created,
      },
    ]);
    await openActions(user, 'Key Accounts');
    await user.click(await screen.findByRole('menuitem', { name: 'Duplicate' }));

    const dialog = await screen.findByRole('dialog', { name: 'Add client group' });
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Copy of Key Accounts');
    expect(within(dialog).getByRole('checkbox', { name: 'Projects: Display' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Files: Display' })).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Add group' }));

    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Copy of Key Accounts' })).toBeInTheDocument();
  });

  it('keeps the name of a built-in status group and offers no delete for it', async () => {
    const user = userEvent.setup();
    renderPage();
    await openActions(user, 'Active');
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Edit' }));

    const dialog = await screen.findByRole('dialog', { name: 'Edit Active' });
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveAttribute('readonly');
    expect(within(dialog).getByText('A built-in status group: its name cannot change')).toBeInTheDocument();
  });

  it('says before Delete is pressed that clients still use a group, how many, and links to them', async () => {
    const user = userEvent.setup();
    renderPage();

    const resellers = (await screen.findByRole('button', { name: 'Resellers' })).closest('tr') as HTMLElement;
    expect(within(resellers).getByRole('link', { name: '3 clients' })).toHaveAttribute('href', '/clients?group=6');
    const keyAccounts = screen.getByRole('button', { name: 'Key Accounts' }).closest('tr') as HTMLElement;
    expect(within(keyAccounts).getByText('None')).toBeInTheDocument();

    await openActions(user, 'Resellers');
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete client group' });
    expect(within(dialog).getByText('3 clients are assigned to "Resellers".')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Show these 3 clients' })).toHaveAttribute('href', '/clients?group=6');
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('explains why a group that clients use cannot be deleted, with a way to find them', async () => {
    const inUse = new GraphQLError('3 client(s) are assigned to "Key Accounts"; assign them elsewhere first.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'GROUP_IN_USE', clientCount: 3 },
    });
    const user = userEvent.setup();
    renderPage([{ request: { query: DeleteClientGroupDocument, variables: { id: '4' } }, result: { errors: [inUse] } }]);
    await openActions(user, 'Key Accounts');
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete client group' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByText('3 clients are assigned to "Key Accounts".')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Show these 3 clients' })).toHaveAttribute('href', '/clients?group=4');
  });

  it('shows the groups read-only to staff who may only browse them', async () => {
    const user = userEvent.setup();
    renderPage([], aViewer(['CLIENT_GROUPS:BROWSE']));
    await openActions(user, 'Key Accounts');
    expect(screen.queryByRole('button', { name: 'Add group' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'View' }));

    const dialog = await screen.findByRole('dialog', { name: 'Key Accounts' });
    expect(within(dialog).getByRole('checkbox', { name: 'Projects: Browse' })).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
