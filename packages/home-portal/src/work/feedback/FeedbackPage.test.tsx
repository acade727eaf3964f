import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnswerFeedbackDocument, FeedbackListDocument, type FeedbackListQueryVariables } from './feedback.generated';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { aFeedback } from '../../test-support/workFixtures';
import { workListPageSize } from '../WorkListStates';
import { FeedbackPage } from './FeedbackPage';

const answerer = aViewer(['FEEDBACK:BROWSE', 'FEEDBACK:EDIT', 'PROJECTS:BROWSE']);
const reader = aViewer(['FEEDBACK:BROWSE']);

function variables(overrides: Partial<FeedbackListQueryVariables> = {}): FeedbackListQueryVariables {
  return { first: workListPageSize, clientId: null, unansweredOnly: true, ...overrides };
}

function feedbackMock(vars: FeedbackListQueryVariables, feedbackList: ReturnType<typeof aFeedback>[]): Mock {
  return { request: { query: FeedbackListDocument, variables: vars }, result: { data: { feedbackList } } };
}

function renderFeedback(mocks: Mock[], viewer = answerer) {
  return renderWithProviders(<FeedbackPage />, { path: '/feedback', viewer, mocks });
}

const complaint = aFeedback('6', {
  score: 1,
  category: 'DEADLINE',
  isComplaint: true,
  comment: 'Delivered two days late.',
  projectId: '43',
  projectNumber: 'P-00043',
  projectName: 'Manual',
});
const answered = aFeedback('3', {
  score: 5,
  comment: 'Perfect.',
  answer: 'Thank you!',
  answeredBy: 'Anna Nowak',
  answeredAt: '2030-01-06T08:00:00.000Z',
});

describe('Feedback', () => {
  it('lists unanswered feedback with its score, category, complaint, comment, client and project', async () => {
    renderFeedback([feedbackMock(variables(), [complaint, aFeedback('5')])]);

    const list = await screen.findByRole('list', { name: 'Feedback' });
    expect(screen.getByRole('switch', { name: 'Unanswered only' })).toBeChecked();
    const card = within(within(list).getByRole('article', { name: 'Feedback of Acme Pharmaceuticals GmbH on P-00043' }));
    expect(card.getByRole('img', { name: '1 of 5' })).toBeInTheDocument();
    expect(card.getByText('Deadline')).toBeInTheDocument();
    expect(card.getByText('Complaint')).toBeInTheDocument();
    expect(card.getByText('Delivered two days late.')).toBeInTheDocument();
    expect(card.getByRole('link', { name: 'P-00043 · Manual' })).toHaveAttribute('href', '/projects/43');
    expect(card.getByText(/^Given by Acme Pharmaceuticals GmbH/)).toBeInTheDocument();
    expect(card.getByText('Not answered yet')).toBeInTheDocument();
    const other = within(within(list).getByRole('article', { name: 'Feedback of Acme Pharmaceuticals GmbH on P-00042' }));
    expect(other.getByRole('img', { name: '4 of 5' })).toBeInTheDocument();
    expect(other.queryByText('Complaint')).not.toBeInTheDocument();
  });

  it('shows answered feedback with the answer, who gave it and when once "Unanswered only" is off', async () => {
    const user = userEvent.setup();
    renderFeedback([feedbackMock(variables(), []), feedbackMock(variables({ unansweredOnly: false }), [answered])]);

    expect(await screen.findByText('No feedback is waiting for an answer')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Unanswered only' }));

    const card = within(await screen.findByRole('article', { name: 'Feedback of Acme Pharmaceuticals GmbH on P-00042' }));
    expect(card.getByText('Thank you!')).toBeInTheDocument();
    expect(card.getByText(/^Anna Nowak,/)).toBeInTheDocument();
    expect(card.queryByRole('button', { name: 'Answer' })).not.toBeInTheDocument();
  });

  it('asks for an answer text, then shows the saved answer on the feedback', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({
      data: {
        answerFeedback: {
          ...complaint,
          answer: 'We are sorry; the next delivery is on us.',
          answeredBy: 'Anna Nowak',
          answeredAt: '2030-01-07T08:00:00.000Z',
        },
      },
    }));
    renderFeedback([
      feedbackMock(variables(), [complaint]),
      {
        request: { query: AnswerFeedbackDocument, variables: { id: '6', answer: 'We are sorry; the next delivery is on us.' } },
        result: saved,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Answer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Answer the feedback' });
    expect(within(dialog).getByText('“Delivered two days late.”')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send answer' }));
    expect(await within(dialog).findByText('Write the answer')).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /^Answer/ }), 'We are sorry; the next delivery is on us.');
    await user.click(within(dialog).getByRole('button', { name: 'Send answer' }));

    const card = within(await screen.findByRole('article', { name: 'Feedback of Acme Pharmaceuticals GmbH on P-00043' }));
    expect(await card.findByText('We are sorry; the next delivery is on us.')).toBeInTheDocument();
    expect(card.getByText('Our answer')).toBeInTheDocument();
    expect(card.queryByRole('button', { name: 'Answer' })).not.toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('offers "Answer" only to staff who may answer feedback, and names projects they may not open', async () => {
    renderFeedback([feedbackMock(variables(), [complaint])], reader);
    const card = within(await screen.findByRole('article', { name: 'Feedback of Acme Pharmaceuticals GmbH on P-00043' }));
    expect(card.queryByRole('button', { name: 'Answer' })).not.toBeInTheDocument();
    expect(card.queryByRole('link', { name: 'P-00043 · Manual' })).not.toBeInTheDocument();
    expect(card.getByText('P-00043 · Manual')).toBeInTheDocument();
  });
});
