import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MyRequestDocument, SubmitRequestDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, anImpersonation, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aRequest, aRequestListItem } from '../test-support/workFixtures';

const acme = aViewer({
  username: 'ACME',
  name: 'Acme Pharmaceuticals GmbH',
  formatPreferences: {
    dateFormat: 'dd.MM.yyyy',
    timeFormat: 'HH:mm',
    decimalSeparator: ',',
    thousandsSeparator: '.',
    firstDayOfWeek: 'MONDAY',
    timeZone: 'Europe/Berlin',
  },
});

async function choose(user: UserEvent, combobox: string, typed: string, option: string) {
  await user.type(screen.getByRole('combobox', { name: combobox }), typed);
  await user.click(await screen.findByRole('option', { name: option }));
}

/** The API's answer to POST /files: the stored file with its new id. */
function uploadAnswer(id: string, fileName: string, sizeBytes: number): Response {
  return new Response(JSON.stringify({ id, fileName, sizeBytes }), { status: 201, headers: { 'content-type': 'application/json' } });
}

describe('a new request', () => {
  const realFetch = globalThis.fetch;

  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('checks the form as it is typed: a deadline in the past, no target language', async () => {
    const user = userEvent.setup();
    renderPortal('/requests/new', { mocks: [viewerMock(acme)] });

    await user.click(await screen.findByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Give the request a name.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one service.')).toBeInTheDocument();
    expect(screen.getByText('Choose the source language.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one target language.')).toBeInTheDocument();
    expect(screen.getByText('Choose a deadline.')).toBeInTheDocument();

    const deadline = screen.getByLabelText(/^Deadline/);
    fireEvent.change(deadline, { target: { value: '2020-01-01T10:00' } });
    expect(await screen.findByText('The deadline must be in the future.')).toBeInTheDocument();
    fireEvent.change(deadline, { target: { value: '2030-05-01T14:30' } });
    await waitFor(() => expect(screen.queryByText('The deadline must be in the future.')).not.toBeInTheDocument());
    expect(deadline).toHaveAccessibleDescription('01.05.2030 14:30 in your time zone (Europe/Berlin).');

    await choose(user, 'Source language', 'English', 'English · en');
    await choose(user, 'Target languages', 'English', 'English · en');
    expect(await screen.findByText('A target language must differ from the source language.')).toBeInTheDocument();
  });

  it('sends the request with the ids of the files uploaded for it, in the client’s time zone', async () => {
    const user = userEvent.setup();
    const fetchMock = jest.fn((_url: string, init: RequestInit) => {
      const file = (init.body as FormData).get('file') as File;
      return Promise.resolve(
        file.name === 'labels-de.docx' ? uploadAnswer('77', file.name, file.size) : uploadAnswer('78', file.name, file.size),
      );
    });
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const submit = jest.fn(() => ({
      data: { submitRequest: aRequestListItem({ id: '9', number: 'R-00009', name: 'Etiketten Serie C', kind: 'PROJECT' }) },
    }));
    const { history } = renderPortal('/requests/new', {
      mocks: [
        viewerMock(acme),
        {
          request: {
            query: SubmitRequestDocument,
            variables: {
              input: {
                kind: 'PROJECT',
                name: 'Etiketten Serie C',
                services: ['TRANSLATION', 'PROOFREADING'],
                sourceLanguage: 'de-DE',
                targetLanguages: ['fr-FR', 'sr-Latn'],
                deadline: '2030-05-01T12:30:00.000Z',
                instructions: 'Use ACM terms.',
                fileIds: ['77'],
              },
            },
          },
          result: submit,
        },
        {
          request: { query: MyRequestDocument, variables: { id: '9', withFiles: true } },
          result: { data: { myRequest: aRequest({ id: '9', number: 'R-00009', name: 'Etiketten Serie C', kind: 'PROJECT', files: [] }) } },
        },
      ],
    });

    await user.click(await screen.findByRole('radio', { name: 'A project' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Etiketten Serie C');
    await user.click(screen.getByRole('combobox', { name: 'Services' }));
    await user.click(await screen.findByRole('option', { name: 'Translation' }));
    await user.click(await screen.findByRole('option', { name: 'Proofreading' }));
    await choose(user, 'Source language', 'de-DE', 'German (Germany) · de-DE');
    await choose(user, 'Target languages', 'fr-FR', 'French (France) · fr-FR');
    // A code the list lacks can be typed, in any spelling.
    await choose(user, 'Target languages', 'SR_latn', 'Serbian (Latin) · sr-Latn');
    fireEvent.change(screen.getByLabelText(/^Deadline/), { target: { value: '2030-05-01T14:30' } });
    await user.type(screen.getByRole('textbox', { name: 'Instructions' }), 'Use ACM terms.');

    await user.upload(screen.getByLabelText('Choose files to upload'), [
      new File(['Etiketten'], 'labels-de.docx'),
      new File(['old'], 'old-version.docx'),
    ]);
    const files = within(screen.getByRole('list', { name: 'Files' }));
    await waitFor(() => expect(files.getAllByText('Uploaded')).toHaveLength(2));
    expect(files.getByText('labels-de.docx')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      '/files?role=SOURCE',
      expect.objectContaining({
        method: 'POST',
        headers: { 'x-portico-upload': '1', 'x-portico-portal': 'client' },
        credentials: 'same-origin',
      }),
    );
    await user.click(files.getByRole('button', { name: 'Remove old-version.docx' }));
    expect(files.queryByText('old-version.docx')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send request' }));

    await waitFor(() => expect(history.location.pathname).toBe('/requests/9'));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Request R-00009 was sent to the agency.')).toBeInTheDocument();
  });

  it('explains a file too large to upload', async () => {
    const user = userEvent.setup();
    globalThis.fetch = jest.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ errors: [{ message: 'The file is larger than 50 MB.', extensions: { code: 'BAD_USER_INPUT' } }] }), {
          status: 413,
        }),
      ),
    ) as unknown as typeof fetch;
    renderPortal('/requests/new', { mocks: [viewerMock(acme)] });

    await user.upload(await screen.findByLabelText('Choose files to upload'), new File(['x'], 'huge.zip'));
    expect(await screen.findByText('This file is larger than the agency accepts.')).toBeInTheDocument();
  });

  it('puts the server’s refusal on the field it names', async () => {
    const user = userEvent.setup();
    renderPortal('/requests/new', {
      mocks: [
        viewerMock(acme),
        {
          request: { query: SubmitRequestDocument, variables: () => true },
          result: {
            errors: [
              {
                message: '"xx-YY" is not a language code such as en or de-DE.',
                extensions: { code: 'BAD_USER_INPUT', field: 'targetLanguages' },
              },
            ],
          },
        },
      ],
    });

    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Flyer');
    await choose(user, 'Services', 'Trans', 'Translation');
    await choose(user, 'Source language', 'de-DE', 'German (Germany) · de-DE');
    await choose(user, 'Target languages', 'fr-FR', 'French (France) · fr-FR');
    fireEvent.change(screen.getByLabelText(/^Deadline/), { target: { value: '2030-05-01T14:30' } });
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText('"xx-YY" is not a language code such as en or de-DE.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Target languages' })).toHaveAccessibleDescription(/is not a language code/);
  });

  it('shows the form disabled in a read-only staff session, saying why', async () => {
    renderPortal('/requests/new', { mocks: [viewerMock(aViewer({ ...acme, impersonation: anImpersonation() }))] });

    expect(
      await screen.findByText('Read-only session: Anna Kowalska is viewing your portal without permission to make changes.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add files' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Send request' })).toBeDisabled();
  });

  it('offers no file upload without Files Add', async () => {
    renderPortal('/requests/new', {
      mocks: [viewerMock(aViewer({ ...acme, rights: [{ area: 'REQUESTS', actions: ['BROWSE', 'DISPLAY', 'ADD'] }] }))],
    });

    expect(await screen.findByRole('textbox', { name: 'Name' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Add files' })).not.toBeInTheDocument();
  });
});
