import { screen, within } from '@testing-library/react';
import { ClientSignInActivityDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

const acme = aViewer({
  username: 'ACME',
  name: 'Acme Pharmaceuticals GmbH',
  formatPreferences: {
    dateFormat: 'dd.MM.yyyy',
    timeFormat: 'HH:mm',
    decimalSeparator: ',',
    thousandsSeparator: '.',
    firstDayOfWeek: 'MONDAY',
    timeZone: 'Europe/Berlin',
  },
});

const activityMock = {
  request: { query: ClientSignInActivityDocument },
  result: {
    data: {
      clientSignInActivity: {
        __typename: 'SignInActivity',
        signIns: [
          { __typename: 'OwnSignIn', at: '2026-03-05T13:07:00.000Z', browser: 'Firefox on Windows', approximateOrigin: '203.0.113.x' },
          { __typename: 'OwnSignIn', at: '2026-03-02T08:00:00.000Z', browser: 'Safari on iOS', approximateOrigin: '198.51.100.x' },
        ],
        staffViews: [
          {
            __typename: 'StaffView',
            startedAt: '2026-03-04T09:00:00.000Z',
            endedAt: '2026-03-04T10:05:00.000Z',
            allowChanges: true,
            staffName: 'Anna Kowalska',
            reason: 'Ticket 4711: the client cannot find its delivered files',
          },
          {
            __typename: 'StaffView',
            startedAt: '2026-03-06T09:00:00.000Z',
            endedAt: '2026-03-06T09:12:00.000Z',
            allowChanges: false,
            staffName: null,
            reason: null,
          },
        ],
      },
    },
  },
};

describe('Profile → Sign-in activity', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('lists the client’s own sign-ins and, apart from them, the views by the agency’s staff', async () => {
    renderPortal('/profile/activity', { mocks: [viewerMock(acme), activityMock] });

    expect(await screen.findByRole('tab', { name: 'Sign-in activity', selected: true })).toBeInTheDocument();
    const own = within(await screen.findByRole('table', { name: 'Your sign-ins' }));
    const rows = own
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['05.03.2026 14:07', 'Firefox on Windows', '203.0.113.x'],
      ['02.03.2026 09:00', 'Safari on iOS', '198.51.100.x'],
    ]);

    const views = within(screen.getByRole('list', { name: "Views by the agency's staff" })).getAllByRole('listitem');
    const named = within(views[0]);
    expect(named.getByText('Anna Kowalska')).toBeInTheDocument();
    expect(named.getByText('04.03.2026 10:00 · lasted 1 hr 5 min')).toBeInTheDocument();
    expect(named.getByText('Changes allowed')).toBeInTheDocument();
    expect(named.getByText('Reason: Ticket 4711: the client cannot find its delivered files')).toBeInTheDocument();
    const anonymous = within(views[1]);
    expect(anonymous.getByText("A member of the agency's staff")).toBeInTheDocument();
    expect(anonymous.getByText('06.03.2026 10:00 · lasted 12 min')).toBeInTheDocument();
    expect(anonymous.getByText('View only')).toBeInTheDocument();
    expect(anonymous.queryByText(/^Reason:/)).not.toBeInTheDocument();
  });

  it('is open to a client without Profile Display, on a page of its own', async () => {
    renderPortal('/profile/activity', {
      mocks: [viewerMock(aViewer({ ...acme, rights: [{ area: 'PROJECTS', actions: ['BROWSE'] }] })), activityMock],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign-in activity' })).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Your sign-ins' })).toBeInTheDocument();
  });
});
