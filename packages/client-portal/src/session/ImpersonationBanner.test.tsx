import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientSignOutDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, anImpersonation, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

function impersonatedViewer(allowChanges = false) {
  return aViewer({
    formatPreferences: {
      dateFormat: 'dd.MM.yyyy',
      timeFormat: 'HH:mm',
      decimalSeparator: null,
      thousandsSeparator: null,
      firstDayOfWeek: null,
      timeZone: 'Europe/Berlin',
    },
    impersonation: anImpersonation({ allowChanges }),
  });
}

const berlinTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Berlin' }).format(
    new Date(iso),
  );
const berlinDate = (date: Date) =>
  new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' }).format(date);
/** The end as the banner writes it for a client in Berlin: the time, and the date too when that is not today (late in the evening). */
const berlinEnd = (iso: string) =>
  berlinDate(new Date(iso)) === berlinDate(new Date()) ? berlinTime(iso) : `${berlinDate(new Date(iso))} ${berlinTime(iso)}`;

describe('a staff member signed in as the client', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('sees on every page who is viewing the portal as whom, and when the session ends', async () => {
    const user = userEvent.setup();
    const viewer = impersonatedViewer();
    renderPortal('/', { mocks: [viewerMock(viewer)] });

    const banner = await screen.findByRole('region', { name: 'Staff session' });
    expect(banner).toHaveTextContent('Anna Kowalska is viewing the portal as Atlas Logistics Inc.');
    expect(banner).toHaveTextContent(`The session ends at ${berlinEnd(viewer.impersonation?.expiresAt ?? '')}.`);
    expect(banner).toHaveTextContent('Read-only: nothing can be changed in this session.');
    expect(banner).toHaveTextContent('Reason: Ticket 4711: the client cannot find its delivered files');

    await user.click(within(screen.getByRole('navigation', { name: 'Navigation' })).getByRole('link', { name: 'Profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Staff session' })).toBeInTheDocument();
    expect(screen.getByText(/cannot change the client's password/)).toBeInTheDocument();
    expect(
      screen.getByText('Read-only session: Anna Kowalska is viewing your portal without permission to make changes.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Date format' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('may save the client’s preferences in a session with changes allowed', async () => {
    renderPortal('/profile', { mocks: [viewerMock(impersonatedViewer(true))] });

    const banner = await screen.findByRole('region', { name: 'Staff session' });
    expect(banner).not.toHaveTextContent('Read-only');
    expect(banner).toHaveTextContent('Changes are allowed and recorded as made by Anna Kowalska.');
    expect(screen.getByRole('combobox', { name: 'Date format' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('ends the session with “End session” and then only says the tab can be closed', async () => {
    const user = userEvent.setup();
    const signOut = jest.fn(() => ({ data: { clientSignOut: true } }));
    const { history } = renderPortal('/', {
      mocks: [viewerMock(impersonatedViewer()), { request: { query: ClientSignOutDocument }, result: signOut }],
    });

    const banner = await screen.findByRole('region', { name: 'Staff session' });
    await user.click(within(banner).getByRole('button', { name: 'End session' }));

    expect(await screen.findByRole('heading', { name: 'The session has ended' })).toBeInTheDocument();
    expect(screen.getByText(/You can close this tab now/)).toBeInTheDocument();
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(history.location.pathname).toBe('/session-ended');
    expect(screen.queryByRole('region', { name: 'Staff session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Navigation' })).not.toBeInTheDocument();
  });

  it('shows no banner in the client’s own session', async () => {
    renderPortal('/', { mocks: [viewerMock(aViewer())] });

    expect(await screen.findByRole('heading', { name: 'Welcome, Atlas Logistics Inc.' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Staff session' })).not.toBeInTheDocument();
  });
});
