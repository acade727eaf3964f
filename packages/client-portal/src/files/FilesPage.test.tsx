import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyFilesDocument, type FileListFieldsFragment, type MyFilesQueryVariables } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aFileListItem, aWorkRecordRef } from '../test-support/workFixtures';

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

const files = [
  aFileListItem({
    id: '12',
    fileName: 'etiketten-fr.docx',
    role: 'TARGET',
    sizeBytes: 2_621_440,
    uploadedAt: '2026-03-09T15:00:00.000Z',
    uploadedBy: 'Anna Kowalska',
    attachedTo: aWorkRecordRef({ kind: 'PROJECT', id: '12', number: 'P-00012', name: 'Etiketten Serie B' }),
  }),
  aFileListItem({
    id: '8',
    fileName: 'glossar.xlsx',
    role: 'REFERENCE',
    sizeBytes: 18_432,
    uploadedAt: '2026-03-02T08:30:00.000Z',
    uploadedBy: 'Acme Pharmaceuticals GmbH',
    attachedTo: aWorkRecordRef({ kind: 'REQUEST', id: '12', number: 'R-00012', name: 'Broschüre Herbst' }),
  }),
  aFileListItem({
    id: '7',
    fileName: 'etiketten.docx',
    role: 'SOURCE',
    sizeBytes: 1_288_490_189,
    uploadedAt: '2026-03-01T10:00:00.000Z',
    uploadedBy: 'Acme Pharmaceuticals GmbH',
    attachedTo: aWorkRecordRef({ kind: 'PROJECT', id: '12', number: 'P-00012', name: 'Etiketten Serie B' }),
  }),
];

/** Answers every MyFiles query like the API: filtered by role and by part of the file name, `first` at a time before `before`. */
function filesMock(asked: MyFilesQueryVariables[] = [], all: readonly FileListFieldsFragment[] = files) {
  return {
    request: { query: MyFilesDocument, variables: () => true },
    result: (variables: MyFilesQueryVariables) => {
      asked.push(variables);
      const search = variables.search?.toLowerCase();
      const matching = all.filter(
        (file) =>
          (!variables.role || file.role === variables.role) &&
          (!search || file.fileName.toLowerCase().includes(search)) &&
          (!variables.before || Number(file.id) < Number(variables.before)),
      );
      return { data: { myFiles: matching.slice(0, variables.first) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function rowTexts(): string[][] {
  return within(screen.getByRole('table', { name: 'Files' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('the Files area', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('lists each file with its role, project or request, size, upload time and uploader in the client’s formats', async () => {
    const asked: MyFilesQueryVariables[] = [];
    renderPortal('/files', { mocks: [viewerMock(acme), filesMock(asked)] });

    expect(await screen.findByRole('link', { name: 'Download etiketten-fr.docx' })).toHaveAttribute('href', '/files/12');
    expect(rowTexts()).toEqual([
      ['etiketten-fr.docx', 'Delivered translation', 'Project P-00012Etiketten Serie B', '2,5 MB', '09.03.2026 16:00', 'Anna Kowalska'],
      ['glossar.xlsx', 'Reference', 'Request R-00012Broschüre Herbst', '18 kB', '02.03.2026 09:30', 'Acme Pharmaceuticals GmbH'],
      ['etiketten.docx', 'Source', 'Project P-00012Etiketten Serie B', '1,2 GB', '01.03.2026 11:00', 'Acme Pharmaceuticals GmbH'],
    ]);
    expect(screen.getAllByRole('link', { name: 'Project P-00012' }).map((link) => link.getAttribute('href'))).toEqual([
      '/projects/12',
      '/projects/12',
    ]);
    // A project and a request with the same id stay apart in the cache.
    expect(screen.getByRole('link', { name: 'Request R-00012' })).toHaveAttribute('href', '/requests/12');
    expect(asked).toEqual([{ role: null, search: null, first: 50 }]);
  });

  it('filters by role and searches by file name, sending both to the API and keeping them in the address', async () => {
    const user = userEvent.setup();
    const asked: MyFilesQueryVariables[] = [];
    const { history } = renderPortal('/files', { mocks: [viewerMock(acme), filesMock(asked)] });
    await screen.findByRole('table', { name: 'Files' });

    await user.click(screen.getByRole('radio', { name: 'Translations' }));
    await waitFor(() => expect(rowTexts().map(([name]) => name)).toEqual(['etiketten-fr.docx']));
    expect(history.location.search).toBe('?role=TARGET');
    expect(asked).toContainEqual({ role: 'TARGET', search: null, first: 50 });

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'GLOSSAR');
    await waitFor(() => expect(rowTexts().map(([name]) => name)).toEqual(['glossar.xlsx']));
    expect(history.location.search).toBe('?search=GLOSSAR');
    expect(asked).toContainEqual({ role: null, search: 'GLOSSAR', first: 50 });

    await user.click(screen.getByRole('radio', { name: 'Source' }));
    expect(await screen.findByText('No matching files')).toBeInTheDocument();
    expect(asked).toContainEqual({ role: 'SOURCE', search: 'GLOSSAR', first: 50 });
    expect(new URLSearchParams(history.location.search).get('role')).toBe('SOURCE');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowTexts()).toHaveLength(3));
    expect(history.location.search).toBe('');
  });

  it('opens with the filters of the address', async () => {
    const asked: MyFilesQueryVariables[] = [];
    renderPortal('/files?role=REFERENCE&search=glossar', { mocks: [viewerMock(acme), filesMock(asked)] });

    expect(await screen.findByRole('link', { name: 'Download glossar.xlsx' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Reference' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('glossar');
    expect(asked[0]).toEqual({ role: 'REFERENCE', search: 'glossar', first: 50 });
  });

  it('shows names without download links without Files Display, and records without links without their Display right', async () => {
    const viewer = aViewer({
      ...acme,
      rights: [
        { area: 'FILES', actions: ['BROWSE'] },
        { area: 'REQUESTS', actions: ['BROWSE', 'DISPLAY'] },
      ],
    });
    renderPortal('/files', { mocks: [viewerMock(viewer), filesMock()] });

    expect(await screen.findByRole('table', { name: 'Files' })).toBeInTheDocument();
    expect(screen.getByText('etiketten-fr.docx')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Download/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Project P-00012' })).not.toBeInTheDocument();
    expect(screen.getAllByText('Project P-00012')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Request R-00012' })).toHaveAttribute('href', '/requests/12');
  });

  it('says so when the client has no files yet', async () => {
    renderPortal('/files', { mocks: [viewerMock(acme), filesMock([], [])] });

    expect(await screen.findByText('No files yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('says why the list could not be loaded and asks again', async () => {
    const user = userEvent.setup();
    renderPortal('/files', {
      mocks: [
        viewerMock(acme),
        {
          request: { query: MyFilesDocument, variables: () => true },
          result: { errors: [{ message: 'Your account may not browse files.', extensions: { code: 'FORBIDDEN' } }] },
        },
        filesMock(),
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Files' })).toBeInTheDocument();
  });

  it('shows more files before the last one listed', async () => {
    const user = userEvent.setup();
    const asked: MyFilesQueryVariables[] = [];
    const many = Array.from({ length: 60 }, (_, index) => aFileListItem({ id: String(60 - index), fileName: `page-${60 - index}.pdf` }));
    renderPortal('/files', { mocks: [viewerMock(acme), filesMock(asked, many)] });

    await screen.findByRole('table', { name: 'Files' });
    expect(rowTexts()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rowTexts()).toHaveLength(60));
    expect(asked).toContainEqual({ role: null, search: null, first: 50, before: '11' });
    expect(rowTexts().at(-1)?.[0]).toBe('page-1.pdf');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('lists files as cards with a role menu on a phone', async () => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wide(query), matches: query.includes('max-width') });
    try {
      renderPortal('/files', { mocks: [viewerMock(acme), filesMock()] });

      const list = within(await screen.findByRole('list', { name: 'Files' }));
      const cards = list.getAllByRole('listitem');
      expect(cards).toHaveLength(3);
      expect(cards[1]).toHaveTextContent('Reference · 18 kB');
      expect(cards[1]).toHaveTextContent('Uploaded 02.03.2026 09:30 by Acme Pharmaceuticals GmbH');
      expect(within(cards[1]).getByRole('link', { name: 'Request R-00012' })).toHaveAttribute('href', '/requests/12');
      expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('All');
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    } finally {
      window.matchMedia = wide;
    }
  });

  it('names roles and records in the client’s language', async () => {
    renderPortal('/files', { mocks: [viewerMock(aViewer({ ...acme, preferredLanguage: 'PL' })), filesMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pliki' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Zapytanie R-00012' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tłumaczenia' })).toBeInTheDocument();
    expect(screen.getByText('Dostarczone tłumaczenie')).toBeInTheDocument();
  });
});
