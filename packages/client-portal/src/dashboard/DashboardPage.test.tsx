import { screen, within } from '@testing-library/react';
import { i18n } from '../i18n/i18n';
import { aViewer, dashboardMock, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aFeedback, aRequestListItem } from '../test-support/workFixtures';

const acme = aViewer({
  username: 'ACME',
  name: 'Acme Pharmaceuticals GmbH',
  previousSignInAt: '2026-03-05T13:07:09.000Z',
  formatPreferences: {
    dateFormat: 'dd.MM.yyyy',
    timeFormat: 'HH:mm',
    decimalSeparator: ',',
    thousandsSeparator: '.',
    firstDayOfWeek: 'MONDAY',
    timeZone: 'Europe/Berlin',
  },
});

describe('the dashboard', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('shows what needs attention, in the client’s formats, with links to the details', async () => {
    renderPortal('/', {
      mocks: [
        viewerMock(acme),
        dashboardMock({
          quotesToDecide: [
            {
              __typename: 'Quote',
              id: '1',
              number: 'Q-00001',
              name: 'Fachinformation Cardiolex 40 mg',
              validUntil: '2026-03-20T22:00:00.000Z',
              total: { __typename: 'Money', amount: '1397.00', currency: 'EUR' },
            },
          ],
          recentDeliveries: [
            {
              __typename: 'Project',
              id: '3',
              number: 'P-00003',
              name: 'Website-Update Q3',
              deliveredAt: '2026-03-04T10:00:00.000Z',
              sourceLanguage: 'de-DE',
              targetLanguages: ['en-GB', 'pl'],
            },
          ],
          answeredFeedback: [
            aFeedback({
              projectId: '4',
              score: 5,
              isComplaint: false,
              answer: 'Vielen Dank für das Lob!',
              answeredBy: 'Anna Account-Manager',
              answeredAt: '2026-03-03T10:00:00.000Z',
            }),
          ],
          openRequests: [aRequestListItem()],
        }),
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Welcome, Acme Pharmaceuticals GmbH' })).toBeInTheDocument();
    expect(screen.getByText('Last signed in: 05.03.2026 14:07')).toBeInTheDocument();
    expect(screen.getByText('Welcome to the Lingua Client Portal.')).toBeInTheDocument();

    const quotes = within(await screen.findByRole('region', { name: 'Quotes to decide' }));
    expect(quotes.getByRole('link', { name: 'Q-00001 · Fachinformation Cardiolex 40 mg' })).toHaveAttribute('href', '/quotes/1');
    expect(quotes.getByText('€1.397,00 · valid until 20.03.2026')).toBeInTheDocument();
    const deliveries = within(screen.getByRole('region', { name: 'Recent deliveries' }));
    expect(deliveries.getByRole('link', { name: 'P-00003 · Website-Update Q3' })).toHaveAttribute('href', '/projects/3');
    expect(deliveries.getByText('German (Germany) → English (United Kingdom), Polish')).toBeInTheDocument();
    expect(deliveries.getByText('Delivered on 04.03.2026')).toBeInTheDocument();
    const answers = within(screen.getByRole('region', { name: 'Answers to your feedback' }));
    expect(answers.getByText('Vielen Dank für das Lob!')).toBeInTheDocument();
    expect(answers.getByRole('img', { name: 'Score: 5 of 5' })).toBeInTheDocument();
    expect(answers.getByRole('link', { name: 'Open the project' })).toHaveAttribute('href', '/projects/4');
    const requests = within(screen.getByRole('region', { name: 'Open requests' }));
    expect(requests.getByRole('link', { name: 'R-00001 · Etikettentexte Serie B' })).toHaveAttribute('href', '/requests/1');
    expect(requests.getByText('Submitted')).toBeInTheDocument();
  });

  it('leaves out what the client may not browse and says when a list is empty', async () => {
    renderPortal('/', {
      mocks: [viewerMock(acme), dashboardMock({ quotesToDecide: [], openRequests: null, recentDeliveries: null, answeredFeedback: null })],
    });

    expect(await screen.findByText('No quotes are waiting for your decision.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Recent deliveries' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Open requests' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Answers to your feedback' })).not.toBeInTheDocument();
  });

  it('shows work in progress and ready for delivery, highlighting coming deadlines', async () => {
    const project = (id: string, name: string, status: string, deadline: string, deadlineSoon: boolean) => ({
      __typename: 'Project',
      id,
      number: `P-0000${id}`,
      name,
      status,
      deadline,
      deadlineSoon,
      sourceLanguage: 'en',
      targetLanguages: ['de-DE'],
    });
    renderPortal('/', {
      mocks: [
        viewerMock(acme),
        dashboardMock({
          inProgress: [
            project('14', 'Handbuch', 'IN_PROGRESS', '2026-03-07T16:00:00.000Z', true),
            project('15', 'Katalog', 'IN_PROGRESS', '2026-04-20T16:00:00.000Z', false),
          ],
          readyForDelivery: [],
        }),
      ],
    });

    const inProgress = within(await screen.findByRole('region', { name: 'In progress' }));
    expect(inProgress.getByRole('link', { name: 'P-000014 · Handbuch' })).toHaveAttribute('href', '/projects/14');
    expect(inProgress.getByText('Deadline soon: 07.03.2026 17:00')).toBeInTheDocument();
    expect(inProgress.getByText('Deadline 20.04.2026 18:00')).toBeInTheDocument();
    expect(inProgress.getByRole('link', { name: 'All projects in progress' })).toHaveAttribute('href', '/projects?status=IN_PROGRESS');
    expect(
      within(screen.getByRole('region', { name: 'Ready for delivery' })).getByText('No projects are ready for delivery.'),
    ).toBeInTheDocument();
  });
});
