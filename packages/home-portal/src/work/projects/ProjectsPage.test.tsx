import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientSearchOptionsDocument } from '../../clients/clientSearch.generated';
import { CatToolsDocument } from '../../clients/partner-aliases/partnerAliases.generated';
import { CreateProjectDocument, ProjectsDocument, type ProjectsQueryVariables } from './projects.generated';
import { catToolsAnswer } from '../../test-support/clientFixtures';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { aProject } from '../../test-support/workFixtures';
import { workListPageSize } from '../WorkListStates';
import { ProjectsPage } from './ProjectsPage';

const browser = aViewer(['PROJECTS:BROWSE']);
const manager = aViewer(['PROJECTS:BROWSE', 'PROJECTS:CREATE', 'CLIENTS:BROWSE', 'CLIENTS:DISPLAY']);
const routes = [
  { path: '/projects', element: <ProjectsPage /> },
  { path: '/projects/:projectId', element: <p>The project page</p> },
];

function variables(overrides: Partial<ProjectsQueryVariables> = {}): ProjectsQueryVariables {
  return { first: workListPageSize, clientId: null, status: null, search: null, ...overrides };
}

function projectsMock(vars: ProjectsQueryVariables, projects: ReturnType<typeof aProject>[]): Mock {
  return { request: { query: ProjectsDocument, variables: vars }, result: { data: { projects } } };
}

function renderProjects(mocks: Mock[], { viewer = browser, path = '/projects' } = {}) {
  return renderWithProviders(null, { routes, path, viewer, mocks });
}

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`No row holds ${text}`);
  return row;
}

describe('Projects', () => {
  it('lists projects with client, languages by name, status, deadline and total cost in the staff language', async () => {
    renderProjects([
      projectsMock(variables(), [
        aProject(2, { status: 'DELIVERED', totalCost: { __typename: 'Money', amount: '80.00', currency: 'USD' } }),
        aProject(1),
      ]),
    ]);

    expect(screen.getByText('Loading projects…')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Projects' });
    expect(
      within(within(table).getAllByRole('row')[0] as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Number', 'Name', 'Client', 'Languages', 'Status', 'Deadline', 'Total cost']);
    const first = within(rowOf('Project 1'));
    expect(first.getByRole('link', { name: 'P-00001' })).toHaveAttribute('href', '/projects/1');
    expect(first.getByText('Acme Pharmaceuticals GmbH')).toBeInTheDocument();
    expect(first.getByText('English → German (Germany), French')).toBeInTheDocument();
    expect(first.getByText('In progress')).toBeInTheDocument();
    expect(
      first.getByText(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date('2030-02-01T12:00:00.000Z'))),
    ).toBeInTheDocument();
    expect(first.getByText('€1,234.50')).toBeInTheDocument();
    expect(within(rowOf('Project 2')).getByText('$80.00')).toBeInTheDocument();
    expect(within(rowOf('Project 2')).getByText('Delivered')).toBeInTheDocument();
    expect(screen.getByText('2 shown, that is all.')).toBeInTheDocument();
  });

  it('takes its filters from the address, so a filtered view can be bookmarked', async () => {
    renderProjects(
      [projectsMock(variables({ status: 'DELIVERED', clientId: '10', search: 'leaflet' }), [aProject(3, { status: 'DELIVERED' })])],
      {
        viewer: manager,
        path: '/projects?status=DELIVERED&client=10&clientLabel=ACME+%C2%B7+Acme&search=leaflet',
      },
    );

    expect(await screen.findByText('Project 3')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('leaflet');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Delivered');
    expect(screen.getByRole('combobox', { name: 'Client' })).toHaveValue('ACME · Acme');
  });

  it('shows only the projects of the status picked, and offers to clear a filter that matches nothing', async () => {
    const user = userEvent.setup();
    renderProjects([
      projectsMock(variables(), [aProject(1), aProject(2)]),
      projectsMock(variables({ status: 'CANCELLED' }), []),
      projectsMock(variables(), [aProject(1), aProject(2)]),
    ]);
    await screen.findByText('Project 1');

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Cancelled' }));

    expect(await screen.findByText('No projects match these filters')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('Project 2')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('All statuses');
  });

  it('searches by name or number once typing pauses', async () => {
    const user = userEvent.setup();
    const searched = jest.fn(() => ({ data: { projects: [aProject(42, { name: 'Package leaflet' })] } }));
    renderProjects([
      projectsMock(variables(), [aProject(1)]),
      { request: { query: ProjectsDocument, variables: variables({ search: 'P-00042' }) }, result: searched },
    ]);
    await screen.findByText('Project 1');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'P-00042');

    expect(await screen.findByText('Package leaflet')).toBeInTheDocument();
    expect(screen.queryByText('Project 1')).not.toBeInTheDocument();
    expect(searched).toHaveBeenCalledTimes(1);
  });

  it('loads older projects with "Load more", before the last one shown', async () => {
    const user = userEvent.setup();
    const firstPage = Array.from({ length: workListPageSize }, (_, index) => aProject(100 - index));
    const lastShown = String(100 - workListPageSize + 1);
    renderProjects([projectsMock(variables(), firstPage), projectsMock(variables({ before: lastShown }), [aProject(5), aProject(4)])]);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Project 4')).toBeInTheDocument();
    expect(screen.getByText('Project 100')).toBeInTheDocument();
    expect(screen.getByText(`${workListPageSize + 2} shown, that is all.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('offers "New project" only to staff who may create projects', async () => {
    renderProjects([projectsMock(variables(), [aProject(1)])]);
    await screen.findByText('Project 1');
    expect(screen.queryByRole('button', { name: 'New project' })).not.toBeInTheDocument();
    // Without the right to browse clients there is no client filter either.
    expect(screen.queryByRole('combobox', { name: 'Client' })).not.toBeInTheDocument();
  });

  it('checks the languages as they are typed and creates the project for the chosen client', async () => {
    const user = userEvent.setup();
    const deadline = '2030-02-01T12:00';
    const created = jest.fn(() => ({ data: { createProject: { ...aProject(77, { name: 'Annual report' }), requestId: null } } }));
    renderProjects(
      [
        projectsMock(variables(), [aProject(1)]),
        { request: { query: CatToolsDocument }, result: { data: { catTools: catToolsAnswer } } },
        {
          request: { query: ClientSearchOptionsDocument, variables: { search: 'acm' } },
          result: {
            data: {
              clients: {
                __typename: 'ClientConnection',
                nodes: [{ __typename: 'Client', id: '10', username: 'ACME', name: 'Acme Pharmaceuticals GmbH' }],
              },
            },
          },
        },
        {
          request: {
            query: CreateProjectDocument,
            variables: {
              input: {
                clientId: '10',
                requestId: null,
                name: 'Annual report',
                services: ['TRANSLATION'],
                sourceLanguage: 'en',
                targetLanguages: ['de-DE'],
                deadline: new Date(deadline).toISOString(),
                totalCost: '900.00',
                currency: 'EUR',
                catTool: null,
              },
            },
          },
          result: created,
        },
        // The list asks again once a project was added.
        projectsMock(variables(), [aProject(77, { name: 'Annual report' }), aProject(1)]),
      ],
      { viewer: manager },
    );
    await user.click(await screen.findByRole('button', { name: 'New project' }));
    const dialog = await screen.findByRole('dialog', { name: 'New project' });

    await user.type(within(dialog).getByRole('combobox', { name: /^Client/ }), 'acm');
    await user.click(await screen.findByRole('option', { name: 'ACME · Acme Pharmaceuticals GmbH' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Annual report');
    await user.click(within(dialog).getByRole('combobox', { name: /^Services/ }));
    await user.click(await screen.findByRole('option', { name: 'Translation' }));
    await user.type(within(dialog).getByRole('combobox', { name: /^Source language/ }), 'en');
    expect(within(dialog).getByText('English')).toBeInTheDocument();

    const targets = within(dialog).getByRole('combobox', { name: /^Target languages/ });
    await user.type(targets, 'en{Enter}');
    expect(await within(dialog).findByText('en is the source language; a target must differ from it')).toBeInTheDocument();
    await user.type(targets, '{Backspace}xx_1{Enter}');
    expect(await within(dialog).findByText('“xx-1” is not a language code such as en or de-DE')).toBeInTheDocument();
    await user.type(targets, '{Backspace}de-de{Enter}');
    expect(await within(dialog).findByText('German (Germany) · de-DE')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText(/^Deadline/), { target: { value: deadline } });
    await user.type(within(dialog).getByRole('textbox', { name: /^Total cost/ }), '900.00');
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));

    expect(await screen.findByText('The project page')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New project' })).not.toBeInTheDocument());
  });
});
