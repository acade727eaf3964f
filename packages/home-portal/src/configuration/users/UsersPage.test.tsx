import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CreateStaffUserDocument,
  RevokeStaffUserSessionsDocument,
  StaffUsersDocument,
  UpdateStaffUserDocument,
  UserGroupOptionsDocument,
} from '../../gql/graphql';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { UsersPage } from './UsersPage';

function aUser(id: string, fullName: string, username: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'StaffUser',
    id,
    username,
    fullName,
    email: null,
    active: true,
    groupId: '2',
    group: { __typename: 'UserGroup', id: '2', name: 'Account Managers' },
    lastSignInAt: null,
    version: 4,
    ...overrides,
  };
}

const users = [aUser('1', 'Anna Nowak', 'anna'), aUser('3', 'Piotr Kowalski', 'piotr')];
const groupOptions = [
  { __typename: 'UserGroup', id: '1', name: 'Administrators', isAdministrators: true },
  { __typename: 'UserGroup', id: '2', name: 'Account Managers', isAdministrators: false },
];
const admin = aViewer(['USER_MANAGEMENT:BROWSE', 'USER_MANAGEMENT:CREATE', 'USER_MANAGEMENT:EDIT', 'USER_MANAGEMENT:DELETE']);

function renderPage(mocks: Mock[] = []) {
  return renderWithProviders(<UsersPage />, {
    viewer: admin,
    mocks: [
      { request: { query: StaffUsersDocument }, result: { data: { staffUsers: users } } },
      { request: { query: UserGroupOptionsDocument }, result: { data: { userGroups: groupOptions } } },
      ...mocks,
    ],
  });
}

describe('Users', () => {
  it('lists the users and marks the signed-in one, who cannot delete themselves', async () => {
    const user = userEvent.setup();
    renderPage();

    const anna = (await screen.findByText('Anna Nowak')).closest('tr') as HTMLElement;
    expect(within(anna).getByText('You')).toBeInTheDocument();
    expect(within(anna).getByText('Account Managers')).toBeInTheDocument();
    expect(within(anna).getByText('Never')).toBeInTheDocument();
    await user.click(within(anna).getByRole('button', { name: 'Actions for Anna Nowak' }));
    expect(await screen.findByRole('menuitem', { name: 'Set password' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('adds a user, checking the password rules as they are typed', async () => {
    const user = userEvent.setup();
    const created = jest.fn(() => ({ data: { createStaffUser: aUser('9', 'Jane Doe', 'jane') } }));
    renderPage([
      {
        request: {
          query: CreateStaffUserDocument,
          variables: { input: { username: 'jane', fullName: 'Jane Doe', email: null, groupId: '2', password: 'correct horse battery' } },
        },
        result: created,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Username/ }), 'jane');
    await user.type(within(dialog).getByRole('textbox', { name: /^Full name/ }), 'Jane Doe');
    await user.click(within(dialog).getByRole('combobox', { name: /^User group/ }));
    await user.click(await screen.findByRole('option', { name: 'Account Managers' }));
    const password = within(dialog).getByLabelText(/^Password/, { selector: 'input' });

    await user.type(password, 'short');
    expect(within(dialog).getByText('Use at least 10 characters')).toBeInTheDocument();
    await user.clear(password);
    await user.type(password, 'jane-secret-1');
    expect(within(dialog).getByText('The password must not contain the username')).toBeInTheDocument();
    await user.clear(password);
    await user.type(password, 'correct horse battery');
    await user.type(within(dialog).getByLabelText(/^Repeat the password/, { selector: 'input' }), 'correct horse battery');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Jane Doe')).toBeInTheDocument();
  });

  it("shows why the API refuses a change on the field it names (the last administrator's group)", async () => {
    const user = userEvent.setup();
    const refused = new GraphQLError('This is the last active administrator; make someone else an administrator first.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'groupId', reason: 'LAST_ADMINISTRATOR' },
    });
    renderPage([
      {
        request: {
          query: UpdateStaffUserDocument,
          variables: { input: { id: '3', version: 4, fullName: 'Piotr Kowalski', email: null, groupId: '1', active: true } },
        },
        result: { errors: [refused] },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Actions for Piotr Kowalski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Piotr Kowalski' });
    await user.click(within(dialog).getByRole('combobox', { name: /^User group/ }));
    await user.click(await screen.findByRole('option', { name: 'Administrators' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText(/last active administrator/)).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /^User group/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('signs a user out everywhere after asking', async () => {
    const user = userEvent.setup();
    renderPage([{ request: { query: RevokeStaffUserSessionsDocument, variables: { id: '3' } }, result: { data: { revokeStaffUserSessions: 2 } } }]);

    await user.click(await screen.findByRole('button', { name: 'Actions for Piotr Kowalski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out everywhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out everywhere' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));

    expect(await screen.findByText('2 sessions of Piotr Kowalski ended.')).toBeInTheDocument();
  });
});
