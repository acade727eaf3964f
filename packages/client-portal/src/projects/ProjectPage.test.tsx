import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyProjectDocument, SendProjectBackForReviewDocument, SubmitFeedbackDocument, type MyProjectQuery } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, anImpersonation, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aFeedback, aFile, aHistoryEntry, aProject } from '../test-support/workFixtures';

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

type Project = MyProjectQuery['myProject'];

function projectMock(project: Project | (() => Project), variables = { id: '6', withFiles: true, withFeedback: true }) {
  return {
    request: { query: MyProjectDocument, variables },
    result: () => ({ data: { myProject: typeof project === 'function' ? project() : project } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const delivered = aProject({
  files: [
    aFile(),
    aFile({ id: '2', fileName: 'signage-es-MX.pdf', role: 'TARGET', downloadUrl: '/files/2', sizeBytes: 1_572_864 }),
    aFile({ id: '3', fileName: 'glossary.xlsx', role: 'REFERENCE', downloadUrl: '/files/3', sizeBytes: 900 }),
  ],
  feedback: null,
});

describe('a project’s page', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('shows the details, the status timeline and the files grouped by role with download links', async () => {
    renderPortal('/projects/6', { mocks: [viewerMock(atlas), projectMock(delivered)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Warehouse signage' })).toBeInTheDocument();
    const details = within(screen.getByRole('region', { name: 'Details' }));
    expect(details.getByText('Translation')).toBeInTheDocument();
    expect(details.getByText('Desktop publishing (DTP)')).toBeInTheDocument();
    expect(details.getByText('English (United States)')).toBeInTheDocument();
    expect(details.getByText('Spanish (Mexico), French (Canada)')).toBeInTheDocument();
    expect(details.getByText('03/01/2026 3:00 AM')).toBeInTheDocument();
    expect(details.getByText('03/09/2026 10:00 AM')).toBeInTheDocument();
    expect(details.getByText('$1,240.00')).toBeInTheDocument();

    const timeline = within(screen.getByRole('region', { name: 'Status and history' }));
    expect(timeline.getByText('Created')).toBeInTheDocument();
    expect(timeline.getByText('In progress')).toBeInTheDocument();
    expect(timeline.getByText('Delivered')).toBeInTheDocument();
    expect(timeline.getAllByText(/by Anna Account-Manager/)).toHaveLength(3);

    const files = within(screen.getByRole('region', { name: 'Files' }));
    expect(files.getByRole('heading', { name: 'Source files' })).toBeInTheDocument();
    expect(files.getByRole('heading', { name: 'Translated files' })).toBeInTheDocument();
    expect(files.getByRole('heading', { name: 'Reference material' })).toBeInTheDocument();
    expect(files.getByRole('link', { name: 'Download signage-es-MX.pdf' })).toHaveAttribute('href', '/files/2');
    expect(files.getByText(/^1\.5 MB/)).toBeInTheDocument();
    expect(files.getByText(/^900 bytes/)).toBeInTheDocument();
    expect(files.getByRole('link', { name: 'Download all (zip)' })).toHaveAttribute('href', '/projects/6/files.zip');
  });

  it('gives a project made from an accepted quote the status it started in on its timeline', async () => {
    const fromQuote = aProject({
      status: 'IN_PROGRESS',
      files: [],
      feedback: null,
      history: [
        aHistoryEntry({
          event: 'CREATED_FROM_QUOTE',
          status: 'IN_PROGRESS',
          note: 'Q-00003',
          actorName: 'Atlas Logistics Inc.',
          actorKind: 'CLIENT',
        }),
      ],
    });
    renderPortal('/projects/6', { mocks: [viewerMock(atlas), projectMock(fromQuote)] });
    const timeline = within(await screen.findByRole('region', { name: 'Status and history' }));
    expect(timeline.getByText('Created from a quote')).toBeInTheDocument();
    expect(timeline.getByText('Status: In progress')).toBeInTheDocument();
  });

  it('sends a delivered translation back for review, checking the comments as they are typed', async () => {
    const user = userEvent.setup();
    const sendBack = jest.fn(() => ({
      data: {
        sendProjectBackForReview: {
          ...delivered,
          status: 'IN_PROGRESS',
          reviewAvailability: { __typename: 'ReviewAvailability', available: false, reason: 'NOT_DELIVERED' },
          reviews: [
            {
              __typename: 'ProjectReview',
              id: '1',
              comments: 'Page 2: the forklift warning is missing.',
              sentBy: 'Atlas Logistics Inc.',
              createdAt: '2026-03-11T14:00:00.000Z',
            },
          ],
          history: [
            ...delivered.history,
            aHistoryEntry({
              event: 'SENT_BACK_FOR_REVIEW',
              status: 'IN_PROGRESS',
              note: 'Page 2: the forklift warning is missing.',
              actorName: 'Atlas Logistics Inc.',
              actorKind: 'CLIENT',
            }),
          ],
        },
      },
    }));
    renderPortal('/projects/6', {
      mocks: [
        viewerMock(atlas),
        projectMock(delivered),
        {
          request: {
            query: SendProjectBackForReviewDocument,
            variables: { projectId: '6', comments: 'Page 2: the forklift warning is missing.' },
          },
          result: sendBack,
        },
      ],
    });

    const review = within(await screen.findByRole('region', { name: 'Review' }));
    await user.type(review.getByRole('textbox', { name: 'Review comments' }), 'Pg 2');
    expect(await review.findByText('Write between 5 and 4000 characters.')).toBeInTheDocument();
    await user.clear(review.getByRole('textbox', { name: 'Review comments' }));
    await user.type(review.getByRole('textbox', { name: 'Review comments' }), 'Page 2: the forklift warning is missing.');
    await user.click(review.getByRole('button', { name: 'Send back for review' }));

    expect(await screen.findByText('The translation was sent back for review.')).toBeInTheDocument();
    expect(sendBack).toHaveBeenCalledTimes(1);
    expect(
      await review.findByText('Once the project is delivered, you can send the translation back for review here.'),
    ).toBeInTheDocument();
    expect(review.getByText('Page 2: the forklift warning is missing.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Status and history' })).getByText('Sent back for review')).toBeInTheDocument();
  });

  it('offers no review for a Phrase-integrated project and says it is a known limit', async () => {
    renderPortal('/projects/6', {
      mocks: [
        viewerMock(atlas),
        projectMock(
          aProject({
            catTool: 'PHRASE',
            reviewAvailability: {
              __typename: 'ReviewAvailability',
              available: false,
              reason: 'PHRASE_INTEGRATED',
            } as Project['reviewAvailability'],
            files: [],
            feedback: null,
          }),
        ),
      ],
    });

    const review = within(await screen.findByRole('region', { name: 'Review' }));
    expect(review.getByText('Review is not available for this project')).toBeInTheDocument();
    expect(
      review.getByText(/not available for Phrase-integrated projects: this is a known limit of Client Portal 2.0/),
    ).toBeInTheDocument();
    expect(review.queryByRole('textbox')).not.toBeInTheDocument();
    expect(review.queryByRole('button', { name: 'Send back for review' })).not.toBeInTheDocument();
  });

  it('takes feedback on a delivered project: a complaint needs a comment of ten characters', async () => {
    const user = userEvent.setup();
    let given = false;
    const submit = jest.fn(() => {
      given = true;
      return { data: { submitFeedback: aFeedback({ score: 2, category: 'DEADLINE', comment: 'One day late.', isComplaint: true }) } };
    });
    renderPortal('/projects/6', {
      mocks: [
        viewerMock(atlas),
        projectMock(() => ({
          ...delivered,
          feedback: given ? aFeedback({ score: 2, category: 'DEADLINE', comment: 'One day late.', isComplaint: true }) : null,
        })),
        {
          request: {
            query: SubmitFeedbackDocument,
            variables: { input: { projectId: '6', score: 2, category: 'DEADLINE', comment: 'One day late.', isComplaint: true } },
          },
          result: submit,
        },
      ],
    });

    const section = within(await screen.findByRole('region', { name: 'Feedback' }));
    await user.click(section.getByRole('button', { name: 'Send feedback' }));
    expect(await section.findByText('Choose a score from 1 to 5 stars.')).toBeInTheDocument();
    expect(section.getByText('Choose a category.')).toBeInTheDocument();

    await user.click(section.getByRole('radio', { name: 'Score: 2 of 5' }));
    await user.click(section.getByRole('combobox', { name: 'Category' }));
    await user.click(await screen.findByRole('option', { name: 'Deadline' }));
    await user.click(section.getByRole('switch', { name: /This is a complaint/ }));
    await user.type(section.getByRole('textbox', { name: 'Comment' }), 'Late.');
    expect(await section.findByText('A complaint needs a comment of at least 10 characters saying what went wrong.')).toBeInTheDocument();
    await user.clear(section.getByRole('textbox', { name: 'Comment' }));
    await user.type(section.getByRole('textbox', { name: 'Comment' }), 'One day late.');
    await user.click(section.getByRole('button', { name: 'Send feedback' }));

    expect(await section.findByText('Complaint')).toBeInTheDocument();
    expect(submit).toHaveBeenCalledTimes(1);
    expect(section.getByRole('img', { name: 'Score: 2 of 5' })).toBeInTheDocument();
    expect(section.getByText('The agency has not answered yet.')).toBeInTheDocument();
  });

  it('shows the agency’s answer to the feedback given', async () => {
    renderPortal('/projects/6', {
      mocks: [
        viewerMock(atlas),
        projectMock({
          ...delivered,
          feedback: aFeedback({
            answer: 'We are sorry: the next job is on us.',
            answeredBy: 'Anna Account-Manager',
            answeredAt: '2026-03-09T14:00:00.000Z',
          }),
        }),
      ],
    });

    const section = within(await screen.findByRole('region', { name: 'Feedback' }));
    expect(section.getByText('Answer from Anna Account-Manager, 03/09/2026 9:00 AM')).toBeInTheDocument();
    expect(section.getByText('We are sorry: the next job is on us.')).toBeInTheDocument();
    expect(section.queryByRole('button', { name: 'Send feedback' })).not.toBeInTheDocument();
  });

  it('asks for files and feedback only with their rights, and offers no review without Projects Edit', async () => {
    const viewer = aViewer({ ...atlas, rights: [{ area: 'PROJECTS', actions: ['BROWSE', 'DISPLAY'] }] });
    renderPortal('/projects/6', {
      mocks: [viewerMock(viewer), projectMock(aProject(), { id: '6', withFiles: false, withFeedback: false })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Warehouse signage' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Files' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Review' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Feedback' })).not.toBeInTheDocument();
  });

  it('shows review and feedback disabled in a read-only staff session, saying why', async () => {
    renderPortal('/projects/6', { mocks: [viewerMock(aViewer({ ...atlas, impersonation: anImpersonation() })), projectMock(delivered)] });

    const review = within(await screen.findByRole('region', { name: 'Review' }));
    expect(review.getByRole('textbox', { name: 'Review comments' })).toBeDisabled();
    expect(review.getByRole('button', { name: 'Send back for review' })).toBeDisabled();
    expect(
      review.getByText('Read-only session: Anna Kowalska is viewing your portal without permission to make changes.'),
    ).toBeInTheDocument();
    const feedback = within(screen.getByRole('region', { name: 'Feedback' }));
    expect(feedback.getByRole('button', { name: 'Send feedback' })).toBeDisabled();
    expect(feedback.getByRole('combobox', { name: 'Category' })).toBeDisabled();
  });

  it('says the project does not exist when the API does not find it', async () => {
    renderPortal('/projects/99', {
      mocks: [
        viewerMock(atlas),
        {
          request: { query: MyProjectDocument, variables: { id: '99', withFiles: true, withFeedback: true } },
          result: { errors: [{ message: 'Project 99 not found.', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Projects' })).not.toBeInTheDocument());
  });
});
