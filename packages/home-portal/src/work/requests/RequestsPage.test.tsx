import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientRequestsDocument, type ClientRequestsQueryVariables } from './requests.generated';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { aRequest } from '../../test-support/workFixtures';
import { workListPageSize } from '../WorkListStates';
import { RequestsPage } from './RequestsPage';

const viewer = aViewer(['CLIENT_REQUESTS:BROWSE']);

function variables(overrides: Partial<ClientRequestsQueryVariables> = {}): ClientRequestsQueryVariables {
  return { first: workListPageSize, clientId: null, status: 'SUBMITTED', ...overrides };
}

function requestsMock(vars: ClientRequestsQueryVariables, requests: ReturnType<typeof aRequest>[]): Mock {
  return { request: { query: ClientRequestsDocument, variables: vars }, result: { data: { clientRequests: requests } } };
}

function renderRequests(mocks: Mock[], path = '/requests') {
  return renderWithProviders(<RequestsPage />, { path, viewer, mocks });
}

describe('Requests', () => {
  it('opens on the requests waiting for an answer', async () => {
    renderRequests([requestsMock(variables(), [aRequest(14, { kind: 'PROJECT' }), aRequest(13)])]);

    const table = await screen.findByRole('table', { name: 'Client requests' });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Waiting for an answer');
    const row = within(table).getByRole('link', { name: 'R-00014' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Project');
    expect(row).toHaveTextContent('Acme Pharmaceuticals GmbH');
    expect(within(table).getByRole('link', { name: 'R-00013' })).toHaveAttribute('href', '/requests/13');
  });

  it('says when nothing is waiting, and lists every status once the filter is cleared', async () => {
    const user = userEvent.setup();
    renderRequests([requestsMock(variables(), []), requestsMock(variables({ status: null }), [aRequest(12, { status: 'DECLINED' })])]);

    expect(await screen.findByText('No request is waiting for an answer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'All statuses' }));

    const row = (await screen.findByRole('link', { name: 'R-00012' })).closest('tr');
    expect(row).toHaveTextContent('Declined');
  });

  it('keeps "every status" in the address', async () => {
    renderRequests([requestsMock(variables({ status: null }), [aRequest(12, { status: 'QUOTED' })])], '/requests?status=ALL');
    expect(await screen.findByText('Answered with a quote')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('All statuses');
  });
});
