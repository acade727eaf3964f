import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyProjectsDocument, type MyProjectsQueryVariables } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aProjectListItem } from '../test-support/workFixtures';

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

const projects = [
  aProjectListItem(),
  aProjectListItem({
    id: '5',
    number: 'P-00005',
    name: 'Driver safety handbook',
    status: 'READY',
    targetLanguages: ['es-MX', 'fr-CA'],
    totalCost: { amount: '3274.50', currency: 'USD' },
  }),
  aProjectListItem({
    id: '7',
    number: 'P-00007',
    name: 'Customs templates',
    status: 'CANCELLED',
    sourceLanguage: 'de-DE',
    targetLanguages: ['zh-Hans'],
    totalCost: { amount: '0.00', currency: 'EUR' },
  }),
];

/** Answers every MyProjects query like the API: filtered by status and by name or number. */
function projectsMock(asked: MyProjectsQueryVariables[] = []) {
  return {
    request: { query: MyProjectsDocument, variables: () => true },
    result: (variables: MyProjectsQueryVariables) => {
      asked.push(variables);
      const search = variables.search?.toLowerCase();
      return {
        data: {
          myProjects: projects.filter(
            (project) =>
              (!variables.status || project.status === variables.status) &&
              (!search || project.name.toLowerCase().includes(search) || project.number.toLowerCase() === search),
          ),
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function rowTexts(): string[][] {
  return rowTextsOf(screen.getByRole('table', { name: 'Projects' }));
}

function rowTextsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('the Projects list', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('lists number, name, languages by name, deadline, status and total in the client’s formats', async () => {
    renderPortal('/projects', { mocks: [viewerMock(atlas), projectsMock()] });

    expect(await screen.findByRole('link', { name: 'P-00006' })).toHaveAttribute('href', '/projects/6');
    expect(rowTexts()).toEqual([
      ['P-00006', 'Warehouse signage', 'English (United States) → Spanish (Mexico)', '03/10/2026 11:00 AM', 'Delivered', '$1,240.00'],
      [
        'P-00005',
        'Driver safety handbook',
        'English (United States) → Spanish (Mexico), French (Canada)',
        '03/10/2026 11:00 AM',
        'Ready',
        '$3,274.50',
      ],
      ['P-00007', 'Customs templates', 'German (Germany) → Chinese (Simplified)', '03/10/2026 11:00 AM', 'Cancelled', '€0.00'],
    ]);
  });

  it('filters by status and searches by name or number, keeping both in the address', async () => {
    const user = userEvent.setup();
    const asked: MyProjectsQueryVariables[] = [];
    const { history } = renderPortal('/projects', { mocks: [viewerMock(atlas), projectsMock(asked)] });
    await screen.findByRole('link', { name: 'P-00006' });

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Ready' }));
    await waitFor(() => expect(rowTexts().map(([number]) => number)).toEqual(['P-00005']));
    expect(history.location.search).toBe('?status=READY');

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'All statuses' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'customs');
    await waitFor(() => expect(rowTexts().map(([number]) => number)).toEqual(['P-00007']));
    expect(history.location.search).toBe('?search=customs');
    expect(asked).toContainEqual(expect.objectContaining({ status: null, search: 'customs', first: 50 }));

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nothing like it');
    expect(await screen.findByText('No matching projects')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowTexts()).toHaveLength(3));
  });

  it('says so when the client has no projects yet', async () => {
    renderPortal('/projects', {
      mocks: [
        viewerMock(aViewer({ rights: [{ area: 'PROJECTS', actions: ['BROWSE'] }] })),
        { request: { query: MyProjectsDocument, variables: () => true }, result: { data: { myProjects: [] } } },
      ],
    });

    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
  });

  it('lists numbers as plain text without Projects Display', async () => {
    renderPortal('/projects', {
      mocks: [viewerMock(aViewer({ ...atlas, rights: [{ area: 'PROJECTS', actions: ['BROWSE'] }] })), projectsMock()],
    });

    expect(await screen.findByText('P-00006')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'P-00006' })).not.toBeInTheDocument();
  });

  it('names statuses, languages and amounts in the client’s language', async () => {
    renderPortal('/projects', { mocks: [viewerMock(aViewer({ ...atlas, preferredLanguage: 'DE' })), projectsMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Projekte' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Projekte' });
    await within(table).findByRole('link', { name: 'P-00006' });
    expect(rowTextsOf(table)[1]).toEqual([
      'P-00005',
      'Driver safety handbook',
      'Englisch (Vereinigte Staaten) → Spanisch (Mexiko), Französisch (Kanada)',
      '03/10/2026 11:00 AM',
      'Fertig',
      '3.274,50\u00a0$',
    ]);
  });
});
