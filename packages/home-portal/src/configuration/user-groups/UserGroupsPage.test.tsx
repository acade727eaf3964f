import { staffRightsOffered } from '@portico/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateUserGroupDocument, UserGroupsDocument } from './userGroups.generated';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';

const allowed: Record<string, unknown> = { __typename: 'ManagementDecision', allowed: true, reason: null, missingRights: [] };
const refused = (reason: string, missingRights: string[] = []) => ({
  __typename: 'ManagementDecision',
  allowed: false,
  reason,
  missingRights,
});
import { UserGroupsPage } from './UserGroupsPage';

const domains = [
  'CLIENTS',
  'CLIENT_GROUPS',
  'PROJECTS',
  'QUOTES',
  'CLIENT_REQUESTS',
  'FEEDBACK',
  'FILES',
  'USER_MANAGEMENT',
  'PORTAL_CONFIGURATION',
];
const groups = [
  {
    __typename: 'UserGroup',
    id: '1',
    name: 'Administrators',
    isAdministrators: true,
    rights: domains.map((domain) => ({ __typename: 'StaffDomainRights', domain, actions: [] })),
    specialRights: [],
    twoFactorRequired: false,
    version: 1,
    editable: refused('BUILT_IN_GROUP'),
    deletable: refused('BUILT_IN_GROUP'),
  },
  {
    __typename: 'UserGroup',
    id: '2',
    name: 'Account Managers',
    isAdministrators: false,
    rights: domains.map((domain) => ({
      __typename: 'StaffDomainRights',
      domain,
      actions: domain === 'CLIENTS' ? ['BROWSE', 'DISPLAY'] : [],
    })),
    specialRights: ['SIGN_IN_AS_PARTNER'],
    twoFactorRequired: false,
    version: 3,
    editable: allowed,
    deletable: allowed,
  },
];
const actions = ['BROWSE', 'DISPLAY', 'CREATE', 'EDIT', 'DELETE', 'EXPORT'];
// An administrator holds every right, so every right can be granted.
const admin = aViewer(
  domains.flatMap((domain) => actions.map((action) => `${domain}:${action}`)),
  ['SIGN_IN_AS_PARTNER', 'SIGN_IN_AS_PARTNER_WITH_CHANGES'],
);
// A user manager holding Clients Browse besides User Management.
const manager = aViewer([
  'USER_MANAGEMENT:BROWSE',
  'USER_MANAGEMENT:CREATE',
  'USER_MANAGEMENT:EDIT',
  'USER_MANAGEMENT:DELETE',
  'CLIENTS:BROWSE',
]);

function renderPage(mocks: Mock[] = [], viewer = admin, listed = groups) {
  return renderWithProviders(<UserGroupsPage />, {
    viewer,
    mocks: [{ request: { query: UserGroupsDocument }, result: { data: { userGroups: listed } } }, ...mocks],
  });
}

describe('User Groups and Rights', () => {
  it('lets a user manager grant only the rights its own group holds, and says so', async () => {
    const user = userEvent.setup();
    renderPage([], manager);
    await user.click(await screen.findByRole('button', { name: 'Add group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user group' });
    expect(within(dialog).getByRole('checkbox', { name: 'Clients: Browse' })).toBeEnabled();
    expect(within(dialog).getByRole('checkbox', { name: 'Clients: Edit' })).toBeDisabled();
    expect(within(dialog).getByRole('checkbox', { name: 'Sign in as Partner' })).toBeDisabled();
    expect(within(dialog).getByText('Rights your own user group lacks cannot be granted and are shown disabled.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'All: allow Browse in every row' }));
    expect(within(dialog).getByRole('checkbox', { name: 'Clients: Browse' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Projects: Browse' })).not.toBeChecked();
  });

  it('shows a group the user manager may not change read-only, with the reason, and disables its deletion', async () => {
    const user = userEvent.setup();
    const stronger = {
      ...groups[1],
      editable: refused('TARGET_HOLDS_MORE_RIGHTS', ['SIGN_IN_AS_PARTNER']),
      deletable: refused('TARGET_HOLDS_MORE_RIGHTS', ['SIGN_IN_AS_PARTNER']),
    };
    renderPage([], manager, [groups[0], stronger]);
    await user.click(await screen.findByRole('button', { name: 'Actions for Account Managers' }));
    const remove = await screen.findByRole('menuitem', { name: /^Delete/ });
    expect(remove).toBeDisabled();
    expect(remove).toHaveTextContent('Holds rights your own group lacks.');
    await user.click(screen.getByRole('menuitem', { name: 'View' }));
    const dialog = await screen.findByRole('dialog', { name: 'Account Managers' });
    expect(within(dialog).getByText('Holds rights your own group lacks.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('shows the Administrators group read-only, with every right', async () => {
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Administrators' }));
    const dialog = await screen.findByRole('dialog', { name: 'Administrators' });
    expect(
      within(dialog).getByText('The Administrators group always holds every right; it cannot be changed or deleted.'),
    ).toBeInTheDocument();
    const cells = within(dialog).getAllByRole('checkbox', { name: /: / });
    // Every right that does something, and no other.
    expect(cells).toHaveLength(Object.values(staffRightsOffered).reduce((sum, offered) => sum + offered.length, 0));
    for (const cell of cells) {
      expect(cell).toBeChecked();
      expect(cell).toBeDisabled();
    }
    expect(within(dialog).getByRole('checkbox', { name: 'Sign in as Partner' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Sign in as Partner with changes' })).toBeChecked();
    // The right to changes sits right after the right it extends, under its own label.
    const special = within(dialog).getByRole('group', { name: 'Special rights' });
    expect(
      within(special)
        .getAllByRole('checkbox')
        .map((box) => (box instanceof HTMLInputElement ? (box.labels?.[0]?.textContent ?? '') : '')),
    ).toEqual(['Sign in as Partner', 'Sign in as Partner with changes']);
    expect(within(dialog).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Actions for Administrators' }));
    expect(await screen.findByRole('menuitem', { name: 'View' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('adds a group with a column granted by "All" and the Sign in as Partner right', async () => {
    const user = userEvent.setup();
    const created = jest.fn(() => ({
      data: { createUserGroup: { ...groups[1], id: '7', name: 'Sales', specialRights: ['SIGN_IN_AS_PARTNER'], version: 1 } },
    }));
    renderPage([
      {
        request: {
          query: CreateUserGroupDocument,
          variables: {
            input: {
              name: 'Sales',
              // Portal Configuration has no list to browse: no Browse to grant there.
              rights: domains.map((domain) => ({ domain, actions: domain === 'PORTAL_CONFIGURATION' ? [] : ['BROWSE'] })),
              specialRights: ['SIGN_IN_AS_PARTNER'],
              twoFactorRequired: false,
            },
          },
        },
        result: created,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user group' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Sales');
    await user.click(within(dialog).getByRole('button', { name: 'All: allow Browse in every row' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sign in as Partner' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add group' }));

    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Sales' })).toBeInTheDocument();
  });
});
