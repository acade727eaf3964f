import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInDocument, SignOutDocument, ViewerDocument } from '../auth/viewer.generated';
import { ClientsDocument } from '../clients/clients.generated';
import { UserGroupsDocument } from '../configuration/user-groups/userGroups.generated';
import { ProjectsDocument } from '../work/projects/projects.generated';
import { aProject } from '../test-support/workFixtures';
import { workListPageSize } from '../work/WorkListStates';
import { renderWithProviders, type Mock } from '../test-support/renderWithProviders';
import { appRoutes } from './appRoutes';

const anna = {
  __typename: 'StaffViewer',
  id: '1',
  username: 'anna',
  fullName: 'Anna Nowak',
  rights: ['CLIENTS:BROWSE'],
  specialRights: [],
};

const viewerIs = (viewer: (Omit<typeof anna, 'rights'> & { rights: string[] }) | null): Mock => ({
  request: { query: ViewerDocument },
  result: { data: { viewer } },
});

const firstClientsPage = {
  request: {
    query: ClientsDocument,
    variables: { first: 25, filter: {}, sortBy: 'NAME', sortDirection: 'ASC' },
  },
};

const clientsListed: Mock = {
  ...firstClientsPage,
  result: {
    data: {
      clients: {
        __typename: 'ClientConnection',
        nodes: [
          {
            __typename: 'Client',
            id: '10',
            username: 'acme',
            name: 'Acme Translations',
            status: 'ACTIVE',
            email: null,
            effectiveAccess: {
              __typename: 'EffectiveAccess',
              canSignIn: true,
              deniedReasons: [],
              group: { __typename: 'ClientGroup', id: '1', name: 'Active' },
            },
          },
        ],
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
};

function renderApp(mocks: Mock[], path = '/clients') {
  return renderWithProviders(null, { mocks, path, routes: appRoutes });
}

describe('Home Portal', () => {
  it('shows the sign-in page to a visitor, then the clients and their name once signed in', async () => {
    const user = userEvent.setup();
    renderApp([
      viewerIs(null),
      { request: { query: SignInDocument, variables: { username: 'anna', password: 'pw' } }, result: { data: { signIn: anna } } },
      clientsListed,
    ]);

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /username/i }), 'anna');
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Acme Translations')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Portico Home Portal' })).toBeInTheDocument();
    expect(screen.getByText('Anna Nowak')).toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Clients' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens on the clients page', async () => {
    renderApp([viewerIs(anna), clientsListed], '/');

    expect(await screen.findByRole('heading', { name: 'Clients' })).toBeInTheDocument();
    expect(await screen.findByText('Acme Translations')).toBeInTheDocument();
  });

  it('signs out from the account menu', async () => {
    const user = userEvent.setup();
    renderApp([
      viewerIs(anna),
      clientsListed,
      { request: { query: SignOutDocument }, result: { data: { signOut: true } } },
      viewerIs(null),
      { request: { query: SignInDocument, variables: { username: 'anna', password: 'pw' } }, result: { data: { signIn: anna } } },
      clientsListed,
    ]);

    await screen.findByText('Acme Translations');
    await user.click(screen.getByRole('button', { name: /^Account menu/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('Acme Translations')).not.toBeInTheDocument();

    // Signing in again works after the cache was cleared.
    await user.type(screen.getByRole('textbox', { name: /username/i }), 'anna');
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Acme Translations')).toBeInTheDocument();
  });

  it('returns to the sign-in page when the session has ended', async () => {
    renderApp([
      viewerIs(anna),
      {
        ...firstClientsPage,
        result: { errors: [new GraphQLError('Please sign in again.', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ]);

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });

  it("shows the Configuration menu with only the pages the viewer's rights open", async () => {
    const user = userEvent.setup();
    const userManager = { ...anna, rights: ['USER_MANAGEMENT:BROWSE'] };
    renderApp(
      [viewerIs(userManager), { request: { query: UserGroupsDocument }, result: { data: { userGroups: [] } } }],
      '/configuration/user-groups',
    );

    expect(await screen.findByRole('heading', { name: 'User Groups and Rights' })).toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).queryByRole('link', { name: 'Clients' })).not.toBeInTheDocument();
    expect(within(navigation).getByRole('link', { name: 'User Groups and Rights' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Users' })).toBeInTheDocument();
    expect(within(navigation).queryByRole('link', { name: 'Client Groups and Rights' })).not.toBeInTheDocument();
    expect(within(navigation).queryByText('Portals')).not.toBeInTheDocument();

    await user.click(within(navigation).getByRole('button', { name: 'Configuration' }));
    expect(within(navigation).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('hides the Configuration menu from staff without rights to any of its pages', async () => {
    renderApp([viewerIs(anna), clientsListed]);

    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Clients' })).toBeInTheDocument();
    expect(within(navigation).queryByText('Configuration')).not.toBeInTheDocument();
  });

  it('tells staff when their group lacks the right to open a page', async () => {
    renderApp([viewerIs(anna)], '/configuration/users');

    expect(await screen.findByText('Your user group lacks the right to open this page')).toBeInTheDocument();
  });

  it('shows the work lists in the navbar to staff who may browse them, and guards them from the others', async () => {
    const projectManager = { ...anna, rights: ['PROJECTS:BROWSE', 'CLIENT_REQUESTS:BROWSE'] };
    renderApp(
      [
        viewerIs(projectManager),
        {
          request: { query: ProjectsDocument, variables: { first: workListPageSize, clientId: null, status: null, search: null } },
          result: { data: { projects: [aProject(1)] } },
        },
      ],
      '/projects',
    );

    expect(await screen.findByRole('link', { name: 'P-00001' })).toHaveAttribute('href', '/projects/1');
    const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Projects' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Requests' })).toHaveAttribute('href', '/requests');
    expect(within(navigation).queryByRole('link', { name: 'Quotes' })).not.toBeInTheDocument();
    expect(within(navigation).queryByRole('link', { name: 'Feedback' })).not.toBeInTheDocument();
  });

  it('tells staff without the right that they may not open a work page', async () => {
    renderApp([viewerIs(anna)], '/quotes/7');

    expect(await screen.findByText('Your user group lacks the right to open this page')).toBeInTheDocument();
  });

  it('says when an address leads nowhere', async () => {
    renderApp([viewerIs(anna)], '/no-such-page');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to clients' })).toHaveAttribute('href', '/clients');
  });

  it('explains when the API cannot be reached at start', async () => {
    renderApp([{ request: { query: ViewerDocument }, error: new TypeError('Failed to fetch') }]);

    expect(await screen.findByText('The Home Portal could not start')).toBeInTheDocument();
    expect(screen.getByText(/server could not be reached/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
