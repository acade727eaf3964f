import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientSearchOptionsDocument } from '../../clients/clientSearch.generated';
import { SignInAsPartnerLogDocument, SignInAsPartnerStaffOptionsDocument } from './signInAsPartnerLog.generated';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { LOG_PAGE_SIZE, SignInAsPartnerLogPage } from './SignInAsPartnerLogPage';

const admin = aViewer(['USER_MANAGEMENT:BROWSE', 'CLIENTS:BROWSE', 'CLIENTS:DISPLAY']);

function aSession(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SignInAsPartnerSession',
    id,
    staffUserId: '2',
    staffName: 'Anna Nowak',
    clientId: '10',
    clientUsername: 'ACME',
    startedAt: '2030-01-02T10:00:00.000Z',
    endedAt: '2030-01-02T10:12:00.000Z',
    expiresAt: '2030-01-02T10:30:00.000Z',
    endReason: 'ENDED_BY_STAFF',
    reason: 'Ticket 4711: quote layout',
    allowChanges: false,
    ipAddress: '203.0.113.9',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
    ...overrides,
  };
}

function logMock(sessions: ReturnType<typeof aSession>[], variables: { staffUserId?: string | null; clientId?: string | null } = {}): Mock {
  return {
    request: { query: SignInAsPartnerLogDocument, variables: { first: LOG_PAGE_SIZE, staffUserId: null, clientId: null, ...variables } },
    result: { data: { signInAsPartnerLog: sessions } },
  };
}

const staffMock: Mock = {
  request: { query: SignInAsPartnerStaffOptionsDocument },
  result: {
    data: {
      staffUsers: [
        { __typename: 'StaffUser', id: '1', fullName: 'Ada Admin', username: 'admin' },
        { __typename: 'StaffUser', id: '2', fullName: 'Anna Nowak', username: 'anna' },
      ],
    },
  },
};

function render(mocks: Mock[], viewer = admin) {
  return renderWithProviders(<SignInAsPartnerLogPage />, { viewer, mocks, path: '/configuration/sign-in-as-partner-log' });
}

describe('Sign in as Partner log', () => {
  it('shows who signed in as which client, when, why, in which mode, from where and how it ended', async () => {
    render([
      staffMock,
      logMock([
        aSession('2', { endedAt: null, endReason: null, allowChanges: true, reason: 'Fixing a request for the client' }),
        aSession('1'),
      ]),
    ]);

    const table = await screen.findByRole('table', { name: 'Sign in as Partner sessions' });
    const [header, running, ended] = within(table).getAllByRole('row') as [HTMLElement, HTMLElement, HTMLElement];
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Staff member', 'Client', 'Started', 'Ended', 'Reason', 'Mode', 'From where']);
    expect(running).toHaveTextContent('Still running');
    expect(running).toHaveTextContent('With changes');
    expect(running).toHaveTextContent('Fixing a request for the client');
    expect(ended).toHaveTextContent('Ended by the staff member');
    expect(ended).toHaveTextContent('Read-only');
    expect(ended).toHaveTextContent('203.0.113.9');
    expect(ended).toHaveTextContent('Safari on macOS');
    expect(within(ended).getByRole('link', { name: 'ACME' })).toHaveAttribute('href', '/clients/10/main-data/system-account');
  });

  it('filters by staff member and by client', async () => {
    const user = userEvent.setup();
    render([
      staffMock,
      logMock([aSession('2'), aSession('1', { staffName: 'Ada Admin', staffUserId: '1' })]),
      logMock([aSession('2')], { staffUserId: '2' }),
      {
        request: { query: ClientSearchOptionsDocument, variables: { search: 'acm' } },
        result: {
          data: {
            clients: {
              __typename: 'ClientConnection',
              nodes: [{ __typename: 'Client', id: '10', username: 'ACME', name: 'Acme Pharmaceuticals GmbH' }],
            },
          },
        },
      },
      logMock([], { staffUserId: '2', clientId: '10' }),
    ]);
    expect(await screen.findAllByRole('row')).toHaveLength(3);

    await user.click(screen.getByRole('combobox', { name: 'Staff member' }));
    await user.click(await screen.findByRole('option', { name: 'Anna Nowak (anna)' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));

    await user.type(screen.getByRole('combobox', { name: 'Client' }), 'acm');
    await user.click(await screen.findByRole('option', { name: 'ACME · Acme Pharmaceuticals GmbH' }));
    expect(await screen.findByText('No sessions match these filters.')).toBeInTheDocument();
  });

  it('leaves out filters the viewer may not use', async () => {
    render([logMock([])], aViewer(['PORTAL_CONFIGURATION:DISPLAY']));
    expect(await screen.findByText('Nobody has signed in as a client yet.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Staff member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Client' })).not.toBeInTheDocument();
  });
});
