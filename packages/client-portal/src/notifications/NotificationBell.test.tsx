import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MarkAllMyNotificationsReadDocument,
  MarkMyNotificationReadDocument,
  MyNotificationsDocument,
  MyUnreadNotificationCountDocument,
} from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, unreadNotificationsMock, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

const notice = (id: string, extra: Record<string, unknown>) => ({
  __typename: 'ClientNotification' as const,
  id,
  recordType: 'PROJECT',
  recordId: '6',
  recordNumber: 'P-00006',
  recordName: 'Warehouse signage',
  status: null,
  readAt: null,
  createdAt: '2026-03-02T10:00:00.000Z',
  ...extra,
});
const delivered = notice('3', { kind: 'PROJECT_DELIVERED', status: 'DELIVERED' });
const quote = notice('2', { kind: 'NEW_QUOTE', recordType: 'QUOTE', recordId: '9', recordNumber: 'Q-00009', recordName: 'Catalogue' });
const older = notice('1', { kind: 'PROJECT_STATUS_CHANGED', status: 'IN_PROGRESS', readAt: '2026-03-01T10:00:00.000Z' });

function listMock(items: unknown[]) {
  return { request: { query: MyNotificationsDocument, variables: { first: 10 } }, result: { data: { myNotifications: items } } };
}

describe('the notification bell', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('shows the unread count, lists notices in the client’s words and opens one, marking it read', async () => {
    let marked = 0;
    const { history } = renderPortal('/', {
      mocks: [
        viewerMock(aViewer()),
        { request: { query: MyUnreadNotificationCountDocument }, result: { data: { myUnreadNotificationCount: 2 } } },
        unreadNotificationsMock(1),
        listMock([delivered, quote, older]),
        {
          request: { query: MarkMyNotificationReadDocument, variables: { id: '2' } },
          result: () => {
            marked += 1;
            return { data: { markMyNotificationRead: { __typename: 'ClientNotification', id: '2', readAt: '2026-03-02T11:00:00.000Z' } } };
          },
        },
      ],
    });
    const bell = await screen.findByRole('button', { name: 'Notifications, unread: 2' });
    await userEvent.click(bell);
    const dialog = within(await screen.findByRole('dialog'));
    const links = await dialog.findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^Unread: P-00006 has been delivered/),
      expect.stringMatching(/^Unread: New quote Q-00009/),
      expect.stringMatching(/^P-00006 is now “In progress”/),
    ]);
    expect(links[1]).toHaveAttribute('href', '/quotes/9');

    await userEvent.click(links[1]!);
    await waitFor(() => expect(history.location.pathname).toBe('/quotes/9'));
    await waitFor(() => expect(marked).toBe(1));
    expect(await screen.findByRole('button', { name: 'Notifications, unread: 1' })).toBeInTheDocument();
  });

  it('marks all read, and says so when there is nothing', async () => {
    let markedAll = 0;
    renderPortal('/', {
      mocks: [
        viewerMock(aViewer()),
        { request: { query: MyUnreadNotificationCountDocument }, result: { data: { myUnreadNotificationCount: 1 } } },
        unreadNotificationsMock(0),
        listMock([quote]),
        {
          request: { query: MarkAllMyNotificationsReadDocument },
          result: () => {
            markedAll += 1;
            return { data: { markAllMyNotificationsRead: 1 } };
          },
        },
        listMock([]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, unread: 1' }));
    const dialog = within(await screen.findByRole('dialog'));
    await userEvent.click(await dialog.findByRole('button', { name: 'Mark all read' }));
    expect(await dialog.findByText(/Nothing new yet/)).toBeInTheDocument();
    expect(markedAll).toBe(1);
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('speaks German for a German client', async () => {
    await i18n.changeLanguage('DE');
    renderPortal('/', { mocks: [viewerMock(aViewer({ preferredLanguage: 'DE' })), unreadNotificationsMock(3)] });
    expect(await screen.findByRole('button', { name: 'Benachrichtigungen, ungelesen: 3' })).toBeInTheDocument();
  });
});
