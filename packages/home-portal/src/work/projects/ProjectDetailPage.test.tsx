import { GraphQLError } from 'graphql';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CatToolsDocument } from '../../clients/partner-aliases/partnerAliases.generated';
import { AnswerFeedbackDocument } from '../feedback/feedback.generated';
import { ChangeProjectStatusDocument, ProjectDocument, UpdateProjectDocument } from './projects.generated';
import { catToolsAnswer } from '../../test-support/clientFixtures';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { aFeedback, aHistoryEntry, aProjectDetail, aStoredFile } from '../../test-support/workFixtures';
import { ProjectDetailPage } from './ProjectDetailPage';
import { UploadError, uploadProjectFile } from './uploadProjectFile';

// The upload itself is XMLHttpRequest against the API; here it answers as the API would.
jest.mock('./uploadProjectFile', () => ({ ...jest.requireActual('./uploadProjectFile'), uploadProjectFile: jest.fn() }));
const upload = jest.mocked(uploadProjectFile);

const editor = aViewer([
  'PROJECTS:BROWSE',
  'PROJECTS:DISPLAY',
  'PROJECTS:EDIT',
  'CLIENTS:DISPLAY',
  'CLIENT_REQUESTS:BROWSE',
  'QUOTES:BROWSE',
  'FEEDBACK:BROWSE',
  'FEEDBACK:EDIT',
  'FILES:BROWSE',
  'FILES:DISPLAY',
  'FILES:CREATE',
]);
// A project manager of the demo: projects and their files, but no Feedback area.
const reader = aViewer(['PROJECTS:BROWSE', 'PROJECTS:DISPLAY', 'FILES:BROWSE']);
const ALL_PARTS = { withFiles: true, withFeedback: true };
const routes = [{ path: '/projects/:projectId', element: <ProjectDetailPage /> }];
const catToolsMock: Mock = { request: { query: CatToolsDocument }, result: { data: { catTools: catToolsAnswer } } };

function projectMock(project: Record<string, unknown>, parts = ALL_PARTS): Mock {
  return { request: { query: ProjectDocument, variables: { id: '42', ...parts } }, result: { data: { project } } };
}

function renderProject(mocks: Mock[], viewer = editor) {
  return renderWithProviders(null, { routes, path: '/projects/42', viewer, mocks: [catToolsMock, ...mocks] });
}

describe('Project detail', () => {
  it('shows the summary, where the project came from, its files by role, reviews, feedback and timeline', async () => {
    renderProject([
      projectMock(
        aProjectDetail(42, {
          name: 'Package leaflet',
          requestId: '13',
          quoteId: '7',
          status: 'DELIVERED',
          files: [
            aStoredFile('1', { fileName: 'leaflet.docx' }),
            aStoredFile('2', { fileName: 'leaflet-de.docx', role: 'TARGET', uploadedBy: 'Anna Nowak' }),
          ],
          reviews: [
            {
              __typename: 'ProjectReview',
              id: '1',
              comments: 'Please use "Packungsbeilage".',
              createdAt: '2030-01-06T10:00:00.000Z',
              sentBy: 'Acme Pharmaceuticals GmbH',
            },
          ],
          feedback: aFeedback('5', { score: 2, isComplaint: true, comment: 'Terminology was wrong twice.' }),
          history: [
            aHistoryEntry('1', 'CREATED', { status: 'IN_PROGRESS' }),
            aHistoryEntry('2', 'STATUS_CHANGED', { status: 'DELIVERED', note: 'Sent by e-mail too' }),
          ],
        }),
      ),
    ]);

    expect(await screen.findByRole('heading', { name: 'P-00042 · Package leaflet' })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByRole('link', { name: 'Acme Pharmaceuticals GmbH' })).toHaveAttribute(
      'href',
      '/clients/10/main-data/identification',
    );
    expect(within(summary).getByRole('link', { name: 'Open the request' })).toHaveAttribute('href', '/requests/13');
    expect(within(summary).getByRole('link', { name: 'Open the quote' })).toHaveAttribute('href', '/quotes/7');
    expect(within(summary).getByText('€1,234.50')).toBeInTheDocument();

    const files = screen.getByRole('region', { name: 'Files' });
    expect(within(within(files).getByRole('table', { name: 'Source files' })).getByRole('link', { name: 'leaflet.docx' })).toHaveAttribute(
      'href',
      '/files/1',
    );
    expect(
      within(within(files).getByRole('table', { name: 'Target files' })).getByRole('link', { name: 'leaflet-de.docx' }),
    ).toHaveAttribute('href', '/files/2');
    expect(within(files).queryByRole('table', { name: 'Reference material' })).not.toBeInTheDocument();
    expect(within(files).getByRole('link', { name: 'Download all (zip)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/projects\/\d+\/files\.zip$/),
    );
    expect(within(files).getByRole('link', { name: 'Target files (zip)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/files\.zip\?role=TARGET$/),
    );

    const response = screen.getByRole('region', { name: 'Reviews and feedback' });
    expect(within(response).getByText('Please use "Packungsbeilage".')).toBeInTheDocument();
    expect(within(response).getByRole('img', { name: '2 of 5' })).toBeInTheDocument();
    expect(within(response).getByText('Complaint')).toBeInTheDocument();
    expect(within(response).getByRole('button', { name: 'Answer' })).toBeInTheDocument();

    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('Status changed: Delivered')).toBeInTheDocument();
    expect(within(history).getByText('Sent by e-mail too')).toBeInTheDocument();
  });

  it('shows who saved in between when an edit was based on an old version, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const stale = new GraphQLError('Ben Berger saved this project after you opened it (now version 4, yours 3).', {
      extensions: { code: 'CONFLICT', currentVersion: 4, updatedBy: 'Ben Berger', updatedAt: '2030-01-04T09:00:00.000Z' },
    });
    renderProject([
      projectMock(aProjectDetail(42)),
      {
        request: {
          query: UpdateProjectDocument,
          variables: {
            input: {
              id: '42',
              version: 3,
              name: 'Project 42 (second edition)',
              services: ['TRANSLATION', 'PROOFREADING'],
              sourceLanguage: 'en',
              targetLanguages: ['de-DE', 'fr'],
              deadline: '2030-02-01T12:00:00.000Z',
              totalCost: '1234.50',
              currency: 'EUR',
              catTool: null,
            },
            ...ALL_PARTS,
          },
        },
        result: { errors: [stale] },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Project details' });
    const name = within(form).getByRole('textbox', { name: /^Name/ });

    await user.type(name, ' (second edition)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Someone else saved this in the meantime')).toBeInTheDocument();
    expect(screen.getByText(/Ben Berger saved it on/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload and merge' })).toBeInTheDocument();
    expect(name).toHaveValue('Project 42 (second edition)');
  });

  it('changes the status with a note for the timeline', async () => {
    const user = userEvent.setup();
    const changed = jest.fn(() => ({
      data: {
        changeProjectStatus: aProjectDetail(42, {
          version: 4,
          status: 'READY',
          history: [aHistoryEntry('1', 'CREATED'), aHistoryEntry('2', 'STATUS_CHANGED', { status: 'READY', note: 'QA passed' })],
        }),
      },
    }));
    renderProject([
      projectMock(aProjectDetail(42)),
      {
        request: {
          query: ChangeProjectStatusDocument,
          variables: { input: { id: '42', version: 3, status: 'READY', note: 'QA passed', allowWithoutFiles: false }, ...ALL_PARTS },
        },
        result: changed,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: "Change the project's status" });
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));
    expect(await within(dialog).findByText('Choose the new status')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /^New status/ }));
    expect(screen.queryByRole('option', { name: 'In progress' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Ready' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Note/ }), 'QA passed');
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));

    expect(await screen.findByText('The project is now Ready.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'History' })).getByText('QA passed')).toBeInTheDocument();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('warns before delivering a project without translation files, and delivers only once confirmed', async () => {
    const user = userEvent.setup();
    const delivered = jest.fn(() => ({
      data: { changeProjectStatus: aProjectDetail(42, { version: 4, status: 'DELIVERED', files: [aStoredFile('7', { role: 'SOURCE' })] }) },
    }));
    renderProject([
      projectMock(aProjectDetail(42, { files: [aStoredFile('7', { role: 'SOURCE' })] })),
      {
        request: {
          query: ChangeProjectStatusDocument,
          variables: { input: { id: '42', version: 3, status: 'DELIVERED', note: null, allowWithoutFiles: true }, ...ALL_PARTS },
        },
        result: delivered,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: "Change the project's status" });
    await user.click(within(dialog).getByRole('combobox', { name: /^New status/ }));
    await user.click(await screen.findByRole('option', { name: 'Delivered' }));
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This project has no translation files');
    expect(delivered).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Deliver without files' }));
    expect(await screen.findByText('The project is now Delivered.')).toBeInTheDocument();
    expect(delivered).toHaveBeenCalledTimes(1);
  });

  it('answers the client feedback from the project', async () => {
    const user = userEvent.setup();
    const feedback = aFeedback('5');
    renderProject([
      projectMock(aProjectDetail(42, { status: 'DELIVERED', feedback })),
      {
        request: { query: AnswerFeedbackDocument, variables: { id: '5', answer: 'Thank you, the typo is fixed.' } },
        result: {
          data: {
            answerFeedback: {
              ...feedback,
              answer: 'Thank you, the typo is fixed.',
              answeredBy: 'Anna Nowak',
              answeredAt: '2030-01-06T08:00:00.000Z',
            },
          },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Answer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Answer the feedback' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Answer/ }), 'Thank you, the typo is fixed.');
    await user.click(within(dialog).getByRole('button', { name: 'Send answer' }));

    const response = screen.getByRole('region', { name: 'Reviews and feedback' });
    expect(await within(response).findByText('Thank you, the typo is fixed.')).toBeInTheDocument();
    expect(within(response).queryByRole('button', { name: 'Answer' })).not.toBeInTheDocument();
  });

  it('uploads a file under the chosen role with progress, and explains a file that is too large', async () => {
    const user = userEvent.setup();
    const uploaded = aStoredFile('9', { fileName: 'glossary.xlsx', role: 'REFERENCE', uploadedBy: 'Anna Nowak' });
    renderProject([projectMock(aProjectDetail(42)), projectMock(aProjectDetail(42, { files: [uploaded] }))]);
    const files = await screen.findByRole('region', { name: 'Files' });
    expect(within(files).getByText('No files yet.')).toBeInTheDocument();
    // Mantine's FileInput is a button (named "File") in front of a hidden file input.
    const chooseFile = (file: File) => {
      const input = files.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) throw new Error('No file input');
      return user.upload(input, file);
    };

    upload.mockRejectedValueOnce(new UploadError(413, 'The file is larger than 50 MB.'));
    await chooseFile(new File(['x'.repeat(10)], 'huge.zip', { type: 'application/zip' }));
    await user.click(within(files).getByRole('button', { name: 'Upload' }));
    expect(await within(files).findByText('The file is larger than 50 MB.')).toBeInTheDocument();

    let reportProgress: (fraction: number) => void = () => {};
    let finish: (file: { id: string; fileName: string; sizeBytes: number }) => void = () => {};
    upload.mockImplementationOnce((_projectId, _role, _file, onProgress) => {
      reportProgress = onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    await user.click(within(files).getByRole('combobox', { name: 'Kind of file' }));
    await user.click(await screen.findByRole('option', { name: 'Reference material' }));
    await chooseFile(new File(['terms'], 'glossary.xlsx'));
    await user.click(within(files).getByRole('button', { name: 'Upload' }));
    expect(upload).toHaveBeenLastCalledWith('42', 'REFERENCE', expect.any(File), expect.any(Function));
    act(() => reportProgress(0.4));
    expect(await within(files).findByRole('progressbar', { name: 'Uploading: 40%' })).toBeInTheDocument();
    act(() => finish({ id: '9', fileName: 'glossary.xlsx', sizeBytes: 5 }));

    expect(await screen.findByText('glossary.xlsx was uploaded.')).toBeInTheDocument();
    expect(await within(files).findByRole('link', { name: 'glossary.xlsx' })).toHaveAttribute('href', '/files/9');
    expect(within(files).queryByText('The file is larger than 50 MB.')).not.toBeInTheDocument();
  });

  it('shows a read-only project to staff who may not edit projects', async () => {
    const { feedback: _notAskedFor, ...withoutFeedback } = aProjectDetail(42);
    renderProject([projectMock(withoutFeedback, { withFiles: true, withFeedback: false })], reader);

    expect(await screen.findByText('You can view this project; your user group may not edit projects.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change status' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Answer' })).not.toBeInTheDocument();
    // Without the right to open clients, the client is named, not linked.
    expect(screen.queryByRole('link', { name: 'Acme Pharmaceuticals GmbH' })).not.toBeInTheDocument();
    // Feedback is an area of its own: without its right the page neither asks for it nor shows it.
    expect(screen.queryByRole('heading', { name: 'Feedback' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Files' })).toBeInTheDocument();
  });

  it('says so when the project does not exist', async () => {
    renderProject([
      {
        request: { query: ProjectDocument, variables: { id: '42', ...ALL_PARTS } },
        result: { errors: [new GraphQLError('Project 42 does not exist.', { extensions: { code: 'NOT_FOUND' } })] },
      },
    ]);
    expect(await screen.findByText('Project not found')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Projects' })).toHaveAttribute('href', '/projects'));
  });
});
