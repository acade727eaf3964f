import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuditActorsDocument, AuditEventsDocument } from './auditLog.generated';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { AuditLogPage } from './AuditLogPage';

function anEvent(id: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AuditEvent',
    id: String(id),
    action: 'CLIENT_PORTAL_SETTINGS_CHANGED',
    occurredAt: '2030-01-02T10:00:00.000Z',
    actorName: 'Ada Admin',
    clientId: null,
    ipAddress: '127.0.0.1',
    details: { version: 4 },
    ...overrides,
  };
}

function eventsMock(first: number, events: ReturnType<typeof anEvent>[], filter: Record<string, string | null> = {}): Mock {
  return {
    request: { query: AuditEventsDocument, variables: { first, action: null, actorStaffUserId: null, clientId: null, ...filter } },
    result: { data: { auditEvents: events } },
  };
}

describe('Audit log', () => {
  it('shows each action translated, who did it, and its details as readable lines', async () => {
    renderWithProviders(<AuditLogPage />, {
      viewer: aViewer(['PORTAL_CONFIGURATION:DISPLAY', 'CLIENTS:DISPLAY']),
      mocks: [
        eventsMock(50, [
          anEvent(2, { action: 'CLIENT_ACCOUNT_UNLOCKED', clientId: '10', details: {} }),
          anEvent(1, {
            action: 'CLIENT_PORTAL_2_ENABLED',
            actorName: null,
            details: { discardedCustomization: { customCss: 'body { color: red }' } },
          }),
        ]),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Audit records' });
    const [, unlocked, enabled] = within(table).getAllByRole('row') as [HTMLElement, HTMLElement, HTMLElement];
    expect(unlocked).toHaveTextContent('Client account unlocked');
    expect(unlocked).toHaveTextContent('Ada Admin');
    expect(within(unlocked).getByRole('link', { name: 'Open client 10' })).toHaveAttribute('href', '/clients/10/main-data/system-account');
    expect(enabled).toHaveTextContent('Client Portal 2.0 enabled');
    expect(enabled).toHaveTextContent('System');
    expect(within(enabled).getByRole('term')).toHaveTextContent('Discarded customization › Custom CSS');
    expect(within(enabled).getByRole('definition')).toHaveTextContent('body { color: red }');
  });

  it('shows what changed as old → new values, and filters by action and client from the address', async () => {
    const user = userEvent.setup();
    const access = anEvent(3, {
      action: 'CLIENT_ACCESS_CHANGED',
      clientId: '10',
      details: { client: 'ACME', changes: { portalAccessAllowed: { from: true, to: false }, preferredLanguage: { from: 'EN', to: 'DE' } } },
    });
    renderWithProviders(null, {
      routes: [{ path: '/audit', element: <AuditLogPage /> }],
      path: '/audit?client=10',
      viewer: aViewer(['PORTAL_CONFIGURATION:DISPLAY']),
      mocks: [eventsMock(50, [access], { clientId: '10' }), eventsMock(50, [], { clientId: '10', action: 'USER_GROUP_CHANGED' })],
    });
    const table = await screen.findByRole('table', { name: 'Audit records' });
    expect(within(table).getByText("Client's access changed")).toBeInTheDocument();
    expect(within(table).getByText('Portal access allowed')).toBeInTheDocument();
    expect(within(table).getByText('Yes → No')).toBeInTheDocument();
    expect(within(table).getByText('EN → DE')).toBeInTheDocument();
    expect(screen.getByText('Showing client 10 only')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'User group changed' }));
    expect(await screen.findByText('Nothing recorded matches the filter.')).toBeInTheDocument();
  });

  it('shows more records on request', async () => {
    const user = userEvent.setup();
    const page = Array.from({ length: 50 }, (_, index) => anEvent(200 - index));
    renderWithProviders(<AuditLogPage />, {
      viewer: aViewer(['USER_MANAGEMENT:BROWSE']),
      mocks: [
        eventsMock(50, page),
        eventsMock(100, [...page, anEvent(1)]),
        {
          request: { query: AuditActorsDocument },
          result: { data: { staffUsers: [{ __typename: 'StaffUser', id: '1', fullName: 'Ada Admin' }] } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('51 records, all shown.')).toBeInTheDocument();
  });
});
