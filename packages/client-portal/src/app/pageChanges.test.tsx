import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyRequestsDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aRequestListItem } from '../test-support/workFixtures';

const requestsMock = {
  request: { query: MyRequestsDocument, variables: () => true },
  result: { data: { myRequests: [aRequestListItem()] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('a change of page', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('names the tab after the page and moves focus to its one heading', async () => {
    const user = userEvent.setup();
    renderPortal('/requests', { mocks: [viewerMock(aViewer()), requestsMock] });

    await screen.findByRole('table', { name: 'Requests' });
    expect(document.title).toBe('Requests · Lingua Client Portal');
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Requests']);

    await user.click(screen.getByRole('link', { name: 'New request' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'New request' }, { timeout: 10_000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('New request · Lingua Client Portal');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'All requests' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Requests' })).toHaveFocus());
    expect(document.title).toBe('Requests · Lingua Client Portal');
  });

  it('in German too', async () => {
    renderPortal('/requests', { mocks: [viewerMock(aViewer({ preferredLanguage: 'DE' })), requestsMock] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Anfragen' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Anfragen · Lingua Client Portal'));
  });
});
