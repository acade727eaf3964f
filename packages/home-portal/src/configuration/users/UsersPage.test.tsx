import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CreateStaffUserDocument,
  RevokeStaffUserSessionsDocument,
  StaffUsersDocument,
  UnlockStaffUserDocument,
  UpdateStaffUserDocument,
  UserGroupOptionsDocument,
} from './users.generated';
import { atPhoneWidth } from '../../test-support/phoneWidth';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { UsersPage } from './UsersPage';

const allowed: Record<string, unknown> = { __typename: 'ManagementDecision', allowed: true, reason: null, missingRights: [] };
const refused = (reason: string, missingRights: string[] = []) => ({
  __typename: 'ManagementDecision',
  allowed: false,
  reason,
  missingRights,
});

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
    isLocked: false,
    twoFactorEnabled: false,
    lockedUntil: null,
    canEdit: allowed,
    canSetPassword: allowed,
    canDelete: allowed,
    ...overrides,
  };
}

// Anna is the signed-in viewer (id 1 in aViewer): the API refuses her own password and deletion here.
const users = [
  aUser('1', 'Anna Nowak', 'anna', { canSetPassword: refused('OWN_PASSWORD'), canDelete: refused('SELF_DELETE') }),
  aUser('3', 'Piotr Kowalski', 'piotr'),
];
const groupOptions = [
  { __typename: 'UserGroup', id: '1', name: 'Administrators', isAdministrators: true, assignable: allowed },
  { __typename: 'UserGroup', id: '2', name: 'Account Managers', isAdministrators: false, assignable: allowed },
];
const admin = aViewer(['USER_MANAGEMENT:BROWSE', 'USER_MANAGEMENT:CREATE', 'USER_MANAGEMENT:EDIT', 'USER_MANAGEMENT:DELETE']);

function renderPage(mocks: Mock[] = [], listed = { users, groups: groupOptions }) {
  return renderWithProviders(<UsersPage />, {
    viewer: admin,
    mocks: [
      { request: { query: StaffUsersDocument }, result: { data: { staffUsers: listed.users } } },
      { request: { query: UserGroupOptionsDocument }, result: { data: { userGroups: listed.groups } } },
      ...mocks,
    ],
  });
}

describe('Users', () => {
  it('shows each user as a card with status and actions at phone width', async () => {
    await atPhoneWidth(async () => {
      const user = userEvent.setup();
      renderPage([], {
        users: [users[0], aUser('3', 'Piotr Kowalski', 'piotr', { active: false, twoFactorEnabled: true })],
        groups: groupOptions,
      });
      const cards = await screen.findByRole('list', { name: 'Users' });
      const [anna, piotr] = within(cards).getAllByRole('listitem') as [HTMLElement, HTMLElement];
      expect(anna).toHaveTextContent('Anna Nowak');
      expect(anna).toHaveTextContent('Active');
      expect(anna).toHaveTextContent('User group: Account Managers');
      expect(piotr).toHaveTextContent('Inactive');
      expect(piotr).toHaveTextContent('2FA on');
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      await user.click(within(piotr).getByRole('button', { name: 'Actions for Piotr Kowalski' }));
      expect(await screen.findByRole('menuitem', { name: 'Edit' })).toBeEnabled();
    });
  });

  it('lists the users and marks the signed-in one, who cannot delete themselves', async () => {
    const user = userEvent.setup();
    renderPage();

    const anna = (await screen.findByText('Anna Nowak')).closest('tr') as HTMLElement;
    expect(within(anna).getByText('You')).toBeInTheDocument();
    expect(within(anna).getByText('Account Managers')).toBeInTheDocument();
    expect(within(anna).getByText('Never')).toBeInTheDocument();
    await user.click(within(anna).getByRole('button', { name: 'Actions for Anna Nowak' }));
    expect(await screen.findByRole('menuitem', { name: 'Edit' })).toBeEnabled();
    expect(screen.getByRole('menuitem', { name: /^Set password/ })).toHaveTextContent(
      'Change your own password from your menu, with your current one.',
    );
    expect(screen.getByRole('menuitem', { name: /^Set password/ })).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: /^Delete/ })).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: /^Delete/ })).toHaveTextContent('You cannot delete your own account.');
  });

  it('disables what a user manager may not do and says why: stronger users, Administrators', async () => {
    const user = userEvent.setup();
    const strong = aUser('5', 'Sam Strong', 'sam', {
      canEdit: refused('TARGET_HOLDS_MORE_RIGHTS', ['SIGN_IN_AS_PARTNER']),
      canSetPassword: refused('TARGET_HOLDS_MORE_RIGHTS', ['SIGN_IN_AS_PARTNER']),
      canDelete: refused('TARGET_HOLDS_MORE_RIGHTS', ['SIGN_IN_AS_PARTNER']),
    });
    renderPage([], {
      users: [users[1], strong],
      groups: [{ ...groupOptions[0], assignable: refused('ADMINISTRATORS_ONLY') }, groupOptions[1]],
    });
    await user.click(await screen.findByRole('button', { name: 'Actions for Sam Strong' }));
    for (const action of [/^Edit/, /^Set password/, /^Sign out everywhere/, /^Delete/]) {
      const entry = await screen.findByRole('menuitem', { name: action });
      expect(entry).toBeDisabled();
      expect(entry).toHaveTextContent('Holds rights your own group lacks.');
    }
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Actions for Piotr Kowalski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Piotr Kowalski' });
    await user.click(within(dialog).getByRole('combobox', { name: /^User group/ }));
    expect(await screen.findByRole('option', { name: /^Administrators — Only administrators/ })).toHaveAttribute(
      'data-combobox-disabled',
      'true',
    );
    expect(within(dialog).getByText('Groups you may not assign are shown disabled.')).toBeInTheDocument();
  });

  it('shows a locked user and unlocks it', async () => {
    const user = userEvent.setup();
    const locked = aUser('3', 'Piotr Kowalski', 'piotr', { isLocked: true, lockedUntil: '2030-01-02T10:15:00.000Z' });
    renderPage(
      [
        {
          request: { query: UnlockStaffUserDocument, variables: { id: '3' } },
          result: { data: { unlockStaffUser: { ...locked, isLocked: false, lockedUntil: null } } },
        },
      ],
      {
        users: [users[0], locked],
        groups: groupOptions,
      },
    );
    const row = (await screen.findByText('Piotr Kowalski')).closest('tr') as HTMLElement;
    expect(within(row).getByText(/^Locked until/)).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Actions for Piotr Kowalski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Unlock' }));
    expect(await screen.findByText('Piotr Kowalski can sign in again.')).toBeInTheDocument();
    await waitFor(() => expect(within(row).queryByText(/^Locked until/)).not.toBeInTheDocument());
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
    renderPage([
      { request: { query: RevokeStaffUserSessionsDocument, variables: { id: '3' } }, result: { data: { revokeStaffUserSessions: 2 } } },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Actions for Piotr Kowalski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out everywhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out everywhere' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));

    expect(await screen.findByText('2 sessions of Piotr Kowalski ended.')).toBeInTheDocument();
  });
});
