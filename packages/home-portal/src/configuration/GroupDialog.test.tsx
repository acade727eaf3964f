import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { UpdateClientGroupDocument, type ClientGroupFieldsFragment } from './client-groups/clientGroups.generated';
import { aViewer, renderWithProviders, type Mock } from '../test-support/renderWithProviders';
import { ClientGroupDialog } from './client-groups/ClientGroupDialog';

const allAreas = ['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'FILES', 'MESSAGES', 'PROFILE'] as const;

function keyAccounts(overrides: Partial<ClientGroupFieldsFragment> = {}): ClientGroupFieldsFragment {
  // The cache needs the type names the generated fragment types leave out.
  return {
    __typename: 'ClientGroup',
    id: '4',
    name: 'Key Accounts',
    builtIn: false,
    statusGroupFor: null,
    accessAllowed: true,
    twoFactorRequired: false,
    clientCount: 0,
    version: 3,
    rights: allAreas.map((area) => ({ __typename: 'ClientAreaRights', area, actions: area === 'PROJECTS' ? ['BROWSE'] : [] })),
    ...overrides,
  } as ClientGroupFieldsFragment;
}

function updateMock(version: number, result: Mock['result']): Mock {
  return {
    request: {
      query: UpdateClientGroupDocument,
      variables: {
        input: {
          name: 'Key Accounts',
          accessAllowed: false,
          twoFactorRequired: false,
          rights: allAreas.map((area) => ({ area, actions: area === 'PROJECTS' ? ['BROWSE'] : [] })),
          id: '4',
          version,
        },
      },
    },
    result,
  };
}

function renderDialog(mocks: Mock[], refetchGroup = jest.fn(() => Promise.resolve<ClientGroupFieldsFragment | null>(null))) {
  const onClose = jest.fn();
  renderWithProviders(
    <ClientGroupDialog mode={{ kind: 'edit', group: keyAccounts() }} mayEdit onClose={onClose} refetchGroup={refetchGroup} />,
    { mocks, viewer: aViewer(['CLIENT_GROUPS:EDIT']) },
  );
  return { onClose };
}

describe('GroupDialog', () => {
  it("saves a group's change with the version it was opened at, and closes", async () => {
    const user = userEvent.setup();
    const { onClose } = renderDialog([updateMock(3, { data: { updateClientGroup: keyAccounts({ accessAllowed: false, version: 4 }) } })]);
    const dialog = await screen.findByRole('dialog', { name: 'Edit Key Accounts' });
    await user.click(within(dialog).getByRole('checkbox', { name: /Access Allowed/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Client group Key Accounts saved.')).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
  });

  it('shows who saved the group in between, and after a reload which changes are mine', async () => {
    const conflict = new GraphQLError('Client group 4 was changed by someone else.', {
      extensions: { code: 'CONFLICT', currentVersion: 4, updatedBy: 'Ada Admin', updatedAt: '2030-01-02T10:00:00.000Z' },
    });
    const user = userEvent.setup();
    const refetchGroup = jest.fn(() => Promise.resolve<ClientGroupFieldsFragment | null>(keyAccounts({ version: 4 })));
    const { onClose } = renderDialog([updateMock(3, { errors: [conflict] })], refetchGroup);
    const dialog = await screen.findByRole('dialog', { name: 'Edit Key Accounts' });
    await user.click(within(dialog).getByRole('checkbox', { name: /Access Allowed/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText(/Ada Admin saved it/)).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Reload and merge' }));
    // Stored again without a change to this field: the change is only mine, and kept.
    expect(await within(dialog).findByRole('list', { name: 'Your changes, kept:' })).toHaveTextContent('Access Allowed: Yes → No');
    await waitFor(() => expect(refetchGroup).toHaveBeenCalledWith('4'));
  });
});
