import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CatToolsDocument } from '../../clients/partner-aliases/partnerAliases.generated';
import { CreateProjectDocument, type CreateProjectMutationVariables } from '../projects/projects.generated';
import { CreateQuoteDocument, type CreateQuoteMutationVariables } from '../quotes/quotes.generated';
import { ClientRequestDocument, DeclineClientRequestDocument } from './requests.generated';
import { catToolsAnswer } from '../../test-support/clientFixtures';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { aHistoryEntry, aProject, aQuote, aRequestDetail } from '../../test-support/workFixtures';
import { RequestDetailPage } from './RequestDetailPage';

const answerer = aViewer([
  'CLIENT_REQUESTS:BROWSE',
  'CLIENT_REQUESTS:DISPLAY',
  'FILES:BROWSE',
  'CLIENT_REQUESTS:EDIT',
  'QUOTES:BROWSE',
  'QUOTES:CREATE',
  'PROJECTS:BROWSE',
  'PROJECTS:CREATE',
  'CLIENTS:DISPLAY',
]);
const routes = [{ path: '/requests/:requestId', element: <RequestDetailPage /> }];

function requestMock(request: ReturnType<typeof aRequestDetail>): Mock {
  return {
    request: { query: ClientRequestDocument, variables: { id: '13', withFiles: true } },
    result: { data: { clientRequest: request } },
  };
}

function renderRequest(mocks: Mock[], viewer = answerer) {
  return renderWithProviders(null, {
    routes,
    path: '/requests/13',
    viewer,
    mocks: [{ request: { query: CatToolsDocument }, result: { data: { catTools: catToolsAnswer } } }, ...mocks],
  });
}

const submitted = aRequestDetail(13, {
  name: 'Annual report',
  services: ['TRANSLATION', 'PROOFREADING'],
  targetLanguages: ['de-DE', 'fr'],
});

describe('Request detail', () => {
  it('shows what the client asks for, its instructions, files and history', async () => {
    renderRequest([requestMock(submitted)]);

    expect(await screen.findByRole('heading', { name: 'R-00013 · Annual report' })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('Quote')).toBeInTheDocument();
    expect(within(summary).getByText('Translation, Proofreading')).toBeInTheDocument();
    expect(within(summary).getByText('English → German (Germany), French')).toBeInTheDocument();
    expect(screen.getByText('Please keep the glossary.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Files' })).getByRole('link', { name: 'file-7.docx' })).toHaveAttribute(
      'href',
      '/files/7',
    );
    expect(within(screen.getByRole('region', { name: 'History' })).getByText('Submitted: Waiting for an answer')).toBeInTheDocument();
  });

  it('answers with a quote prefilled from the request, sends the request along and then links to the quote', async () => {
    const user = userEvent.setup();
    const sent: CreateQuoteMutationVariables[] = [];
    renderRequest([
      requestMock(submitted),
      {
        request: {
          query: CreateQuoteDocument,
          variables: (variables: CreateQuoteMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { createQuote: { ...aQuote(8, { name: 'Annual report' }), requestId: '13' } } },
      },
      requestMock({
        ...submitted,
        status: 'QUOTED',
        quoteId: '8',
        history: [...submitted.history, aHistoryEntry('2', 'QUOTED', { status: 'QUOTED', note: 'Q-00008' })],
      }),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Answer with a quote' }));
    const dialog = await screen.findByRole('dialog', { name: 'New quote' });
    expect(within(dialog).getByText('Answers request R-00013')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Client' })).toHaveValue('Acme Pharmaceuticals GmbH');
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Annual report');
    expect(within(dialog).getByRole('combobox', { name: /^Source language/ })).toHaveValue('en');

    await user.type(within(dialog).getByRole('textbox', { name: 'Description of line 1' }), 'Translation');
    await user.type(within(dialog).getByRole('textbox', { name: 'Quantity of line 1' }), '2400');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Unit of line 1' }), 'words');
    await user.type(within(dialog).getByRole('textbox', { name: 'Unit price of line 1' }), '0.12');
    await user.click(within(dialog).getByRole('button', { name: 'Create quote' }));

    expect(await screen.findByRole('link', { name: 'Open the quote' })).toHaveAttribute('href', '/quotes/8');
    expect(screen.getByRole('alert', { name: 'Answered with a quote' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Answer with a quote' })).not.toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.input).toMatchObject({
      requestId: '13',
      requestVersion: 1,
      clientId: '10',
      name: 'Annual report',
      services: ['TRANSLATION', 'PROOFREADING'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE', 'fr'],
      proposedDeadline: '2030-03-01T12:00:00.000Z',
      lines: [{ description: 'Translation', service: null, quantity: 2400, unit: 'WORDS', unitPrice: '0.12' }],
    });
  });

  it('starts a project prefilled from the request and then links to it', async () => {
    const user = userEvent.setup();
    const sent: CreateProjectMutationVariables[] = [];
    const projectRequest = { ...submitted, kind: 'PROJECT' };
    renderRequest([
      requestMock(projectRequest),
      {
        request: {
          query: CreateProjectDocument,
          variables: (variables: CreateProjectMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { createProject: { ...aProject(42, { name: 'Annual report' }), requestId: '13' } } },
      },
      requestMock({ ...projectRequest, status: 'CONVERTED_TO_PROJECT', projectId: '42' }),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Start project' }));
    const dialog = await screen.findByRole('dialog', { name: 'New project' });
    expect(within(dialog).getByText('Answers request R-00013')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Total cost/ }), '1500');
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));

    expect(await screen.findByRole('link', { name: 'Open the project' })).toHaveAttribute('href', '/projects/42');
    expect(sent[0]?.input).toMatchObject({
      requestId: '13',
      clientId: '10',
      name: 'Annual report',
      targetLanguages: ['de-DE', 'fr'],
      deadline: '2030-03-01T12:00:00.000Z',
      totalCost: '1500',
      currency: 'EUR',
    });
  });

  it('declines only with a reason, which the request then shows', async () => {
    const user = userEvent.setup();
    const declined = jest.fn(() => ({
      data: {
        declineClientRequest: {
          ...submitted,
          status: 'DECLINED',
          history: [
            ...submitted.history,
            aHistoryEntry('2', 'DECLINED', { status: 'DECLINED', note: 'We do not translate annual reports.' }),
          ],
        },
      },
    }));
    renderRequest([
      requestMock(submitted),
      {
        request: {
          query: DeclineClientRequestDocument,
          variables: { id: '13', reason: 'We do not translate annual reports.', version: 1, withFiles: true },
        },
        result: declined,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline request R-00013' });
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(await within(dialog).findByText('Tell the client why')).toBeInTheDocument();
    expect(declined).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'We do not translate annual reports.');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));

    expect(await screen.findByRole('alert', { name: 'Declined' })).toHaveTextContent(
      'Reason given to the client: We do not translate annual reports.',
    );
    expect(declined).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument());
  });

  it('offers each answer only to staff holding its rights', async () => {
    renderRequest([requestMock(submitted)], aViewer(['CLIENT_REQUESTS:BROWSE', 'FILES:BROWSE', 'CLIENT_REQUESTS:EDIT', 'PROJECTS:CREATE']));
    expect(await screen.findByRole('button', { name: 'Start project' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Decline' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Answer with a quote' })).not.toBeInTheDocument();
  });

  it('offers no answer without the right to edit requests', async () => {
    renderRequest([requestMock(submitted)], aViewer(['CLIENT_REQUESTS:BROWSE', 'FILES:BROWSE', 'QUOTES:CREATE', 'PROJECTS:CREATE']));
    await screen.findByRole('heading', { name: 'R-00013 · Annual report' });
    expect(screen.queryByRole('button', { name: 'Answer with a quote' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start project' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  });

  it('links a request that became a project to the project and offers no other answer', async () => {
    renderRequest([requestMock({ ...submitted, kind: 'PROJECT', status: 'CONVERTED_TO_PROJECT', projectId: '42' })]);
    expect(await screen.findByRole('link', { name: 'Open the project' })).toHaveAttribute('href', '/projects/42');
    expect(screen.queryByRole('button', { name: 'Start project' })).not.toBeInTheDocument();
  });

  it('shows a request the client withdrew as such, with nothing left to answer', async () => {
    renderRequest([
      requestMock({
        ...submitted,
        status: 'WITHDRAWN',
        history: [
          ...submitted.history,
          aHistoryEntry('2', 'WITHDRAWN', { status: 'WITHDRAWN', actorName: 'Acme Pharmaceuticals GmbH', actorKind: 'CLIENT' }),
        ],
      }),
    ]);
    expect(await screen.findByRole('alert', { name: 'Withdrawn by the client' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'History' })).getAllByText(/Withdrawn by the client/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Answer with a quote' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  });
});
