import { screen, within } from '@testing-library/react';
import { FeedbackProjectNamesDocument, MyFeedbackDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aFeedback } from '../test-support/workFixtures';

const atlas = aViewer({
  formatPreferences: {
    dateFormat: 'MM/dd/yyyy',
    timeFormat: 'h:mm a',
    decimalSeparator: null,
    thousandsSeparator: null,
    firstDayOfWeek: 'SUNDAY',
    timeZone: 'America/Chicago',
  },
});

describe('the Feedback page', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('lists the client’s feedback with scores, complaints marked and the agency’s answers', async () => {
    renderPortal('/feedback', {
      mocks: [
        viewerMock(atlas),
        {
          request: { query: MyFeedbackDocument },
          result: {
            data: {
              myFeedback: [
                aFeedback(),
                aFeedback({
                  id: '1',
                  projectId: '5',
                  score: 5,
                  category: 'QUALITY',
                  isComplaint: false,
                  comment: 'Great layout.',
                  answer: 'Thank you!',
                  answeredBy: 'Anna Account-Manager',
                  answeredAt: '2026-03-04T15:00:00.000Z',
                }),
              ],
            },
          },
        },
        {
          request: { query: FeedbackProjectNamesDocument },
          result: {
            data: {
              myProjects: [
                { __typename: 'Project', id: '6', number: 'P-00006', name: 'Warehouse signage' },
                { __typename: 'Project', id: '5', number: 'P-00005', name: 'Driver safety handbook' },
              ],
            },
          },
        },
      ],
    });

    const items = within(await screen.findByRole('list', { name: 'Feedback' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const complaint = within(items[0]);
    expect(await complaint.findByRole('link', { name: 'P-00006 · Warehouse signage' })).toHaveAttribute('href', '/projects/6');
    expect(complaint.getByText('Complaint')).toBeInTheDocument();
    expect(complaint.getByRole('img', { name: 'Score: 2 of 5' })).toBeInTheDocument();
    expect(complaint.getByText('Deadline')).toBeInTheDocument();
    expect(complaint.getByText('The agency has not answered yet.')).toBeInTheDocument();
    const praise = within(items[1]);
    expect(praise.queryByText('Complaint')).not.toBeInTheDocument();
    expect(praise.getByText('Answer from Anna Account-Manager, 03/04/2026 9:00 AM')).toBeInTheDocument();
    expect(praise.getByText('Thank you!')).toBeInTheDocument();
  });

  it('says so when there is no feedback yet', async () => {
    renderPortal('/feedback', {
      mocks: [
        viewerMock(aViewer({ rights: [{ area: 'FEEDBACK', actions: ['BROWSE'] }] })),
        { request: { query: MyFeedbackDocument }, result: { data: { myFeedback: [] } } },
      ],
    });

    expect(await screen.findByText('No feedback yet')).toBeInTheDocument();
  });
});
