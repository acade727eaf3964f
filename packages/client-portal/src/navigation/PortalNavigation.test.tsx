import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientSignOutDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

/** Projects and Files may be browsed; Quotes only displayed; Profile displayed, not edited. */
const someRights = aViewer({
  rights: [
    { area: 'PROJECTS', actions: ['BROWSE', 'DISPLAY'] },
    { area: 'QUOTES', actions: ['DISPLAY'] },
    { area: 'FILES', actions: ['BROWSE'] },
    { area: 'PROFILE', actions: ['DISPLAY'] },
  ],
});

function navigationLinks(): string[] {
  return within(screen.getByRole('navigation', { name: 'Navigation' }))
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('navigation by the client’s rights', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('lists only the areas the client may browse, then Profile when it may display it', async () => {
    renderPortal('/', { mocks: [viewerMock(someRights)] });

    expect(await screen.findByRole('heading', { name: 'Welcome, Atlas Logistics Inc.' })).toBeInTheDocument();
    expect(navigationLinks()).toEqual(['Dashboard', 'Projects', 'Files', 'Profile']);

    const areas = within(screen.getByRole('region', { name: 'Your areas' }));
    expect(areas.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/projects', '/files', '/profile']);
    expect(areas.queryByText('Quotes')).not.toBeInTheDocument();
  });

  it('hides every area without Browse and Profile without Display', async () => {
    renderPortal('/', {
      mocks: [
        viewerMock(
          aViewer({
            rights: [
              { area: 'FILES', actions: ['DISPLAY', 'EDIT'] },
              { area: 'PROFILE', actions: ['EDIT'] },
            ],
          }),
        ),
      ],
    });

    expect(await screen.findByText('No areas yet')).toBeInTheDocument();
    expect(navigationLinks()).toEqual(['Dashboard']);
  });

  it('refuses an area’s address typed in without the Browse right', async () => {
    renderPortal('/quotes', { mocks: [viewerMock(someRights)] });

    expect(await screen.findByRole('heading', { name: 'No access' })).toBeInTheDocument();
  });

  it('offers no Invoices area: Portico has no invoicing', async () => {
    renderPortal('/', { mocks: [viewerMock(aViewer())] });

    expect(await screen.findByRole('heading', { name: 'Welcome, Atlas Logistics Inc.' })).toBeInTheDocument();
    expect(navigationLinks()).toEqual(['Dashboard', 'Projects', 'Quotes', 'Requests', 'Feedback', 'Files', 'Profile']);
    expect(screen.queryByText('Invoices')).not.toBeInTheDocument();
  });

  it('answers the old Invoices address with “Page not found”', async () => {
    renderPortal('/invoices', { mocks: [viewerMock(aViewer())] });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('greets the client with its previous sign-in in its own formats', async () => {
    renderPortal('/', {
      mocks: [
        viewerMock(
          aViewer({
            previousSignInAt: '2026-03-05T13:07:09.000Z',
            formatPreferences: {
              dateFormat: 'dd.MM.yyyy',
              timeFormat: 'HH:mm',
              decimalSeparator: null,
              thousandsSeparator: null,
              firstDayOfWeek: null,
              timeZone: 'Europe/Berlin',
            },
          }),
        ),
      ],
    });

    expect(await screen.findByText('Last signed in: 05.03.2026 14:07')).toBeInTheDocument();
  });

  it('offers Profile and Sign out in the user menu, and signs out to the sign-in page', async () => {
    const user = userEvent.setup();
    const { history } = renderPortal('/', {
      mocks: [viewerMock(someRights), { request: { query: ClientSignOutDocument }, result: { data: { clientSignOut: true } } }],
    });

    await user.click(await screen.findByRole('button', { name: 'Account menu of Atlas Logistics Inc.' }));
    expect(await screen.findByRole('menuitem', { name: 'Profile' })).toHaveAttribute('href', '/profile');
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/sign-in');
  });
});
