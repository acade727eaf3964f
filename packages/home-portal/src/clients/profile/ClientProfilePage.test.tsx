import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProjectsDocument } from '../../work/projects/projects.generated';
import { QuotesDocument } from '../../work/quotes/quotes.generated';
import { ClientRequestsDocument } from '../../work/requests/requests.generated';
import { ClientGroupOptionsDocument } from '../clients.generated';
import { CatToolsDocument } from '../partner-aliases/partnerAliases.generated';
import { ClientSignInAttemptsDocument } from '../system-account/clientPortalAccount.generated';
import { ClientHistoryDocument } from './clientHistory.generated';
import { ClientProfileDocument, UpdateClientIdentificationDocument } from './clientProfile.generated';
import { DeleteClientDocument } from './deleteClient.generated';
import { aClientProfile, catToolsAnswer, clientGroupOptions, signInAttemptsAnswer } from '../../test-support/clientFixtures';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { aProject, aQuote } from '../../test-support/workFixtures';
import { workListPageSize } from '../../work/WorkListStates';
import { ClientProfilePage } from './ClientProfilePage';

const editor = aViewer(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY', 'CLIENTS:EDIT']);
const routes = [
  { path: '/clients/:clientId/main-data?/:subtab?', element: <ClientProfilePage /> },
  { path: '/clients/:clientId/work', element: <ClientProfilePage /> },
];

function profileMock(client: ReturnType<typeof aClientProfile>): Mock {
  return { request: { query: ClientProfileDocument, variables: { id: '10' } }, result: { data: { client } } };
}

const supportingMocks: Mock[] = [
  { request: { query: ClientGroupOptionsDocument }, result: { data: { clientGroups: clientGroupOptions } } },
  { request: { query: CatToolsDocument }, result: { data: { catTools: catToolsAnswer } } },
  {
    request: { query: ClientSignInAttemptsDocument, variables: { clientId: '10', first: 10 } },
    result: { data: { clientSignInAttempts: signInAttemptsAnswer() } },
  },
];

function identificationSaved(version: number, input: Record<string, unknown>, result: Mock['result']): Mock {
  return {
    request: {
      query: UpdateClientIdentificationDocument,
      variables: { input: { id: '10', version, username: 'ACME', status: 'ACTIVE', email: 'localization@acme-pharma.example', ...input } },
    },
    result,
  };
}

function renderProfile(mocks: Mock[], viewer = editor, path = '/clients/10/main-data/identification') {
  return renderWithProviders(null, { mocks: [...supportingMocks, ...mocks], routes, path, viewer });
}

describe('ClientProfilePage', () => {
  it('shows the Main Data tab with the Identification Data of the client', async () => {
    renderProfile([profileMock(aClientProfile())]);

    expect(await screen.findByRole('heading', { name: 'Acme Pharmaceuticals GmbH' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Main Data' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Identification Data' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: /^ID/ })).toHaveValue('ACME');
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Acme Pharmaceuticals GmbH');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('checks the ID as it is typed, with the rule the API applies', async () => {
    const user = userEvent.setup();
    renderProfile([profileMock(aClientProfile())]);
    const id = await screen.findByRole('textbox', { name: /^ID/ });

    await user.clear(id);
    await user.type(id, '-acme');
    expect(await screen.findByText('The ID must start with a letter or a digit')).toBeInTheDocument();

    await user.clear(id);
    await user.type(id, 'acme corp');
    expect(await screen.findByText(/Use only letters, digits/)).toBeInTheDocument();

    await user.clear(id);
    await user.type(id, 'A');
    expect(await screen.findByText('The ID must be 2 to 50 characters long')).toBeInTheDocument();

    await user.type(id, 'CME-2');
    await waitFor(() => expect(id).not.toHaveAttribute('aria-invalid', 'true'));
  });

  it('shows the message of a refused save on the field the API names', async () => {
    const user = userEvent.setup();
    const taken = new GraphQLError('The ID "NORDWIND" is already used by another client.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'username' },
    });
    renderProfile([
      profileMock(aClientProfile()),
      identificationSaved(7, { username: 'NORDWIND', name: 'Acme Pharmaceuticals GmbH' }, { errors: [taken] }),
    ]);
    const id = await screen.findByRole('textbox', { name: /^ID/ });

    await user.clear(id);
    await user.type(id, 'NORDWIND');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The ID "NORDWIND" is already used by another client.')).toBeInTheDocument();
    expect(id).toHaveAttribute('aria-invalid', 'true');
  });

  it('after a conflicting save, names who saved, merges three ways (their untouched e-mail taken, the name both changed offered), and saves on the new version', async () => {
    const user = userEvent.setup();
    const conflict = new GraphQLError('Piotr saved this client after you opened it.', {
      extensions: { code: 'CONFLICT', currentVersion: 8, updatedBy: 'Piotr Project-Manager', updatedAt: '2025-03-05T10:00:00.000Z' },
    });
    const theirs = aClientProfile({
      version: 8,
      name: 'Acme Pharma GmbH',
      email: 'l10n@acme-pharma.example',
      updatedBy: 'Piotr Project-Manager',
    });
    const saved = jest.fn(() => ({
      data: { updateClientIdentification: aClientProfile({ version: 9, name: 'Acme Pharma AG', email: 'l10n@acme-pharma.example' }) },
    }));
    renderProfile([
      profileMock(aClientProfile()),
      identificationSaved(7, { name: 'Acme Pharma AG' }, { errors: [conflict] }),
      profileMock(theirs),
      {
        request: {
          query: UpdateClientIdentificationDocument,
          variables: {
            input: { id: '10', version: 8, username: 'ACME', name: 'Acme Pharma AG', status: 'ACTIVE', email: 'l10n@acme-pharma.example' },
          },
        },
        result: saved,
      },
    ]);
    const name = await screen.findByRole('textbox', { name: /^Name/ });

    await user.clear(name);
    await user.type(name, 'Acme Pharma AG');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const conflictAlert = await screen.findByRole('alert', { name: 'Someone else saved this in the meantime' });
    expect(conflictAlert).toHaveTextContent(/Piotr Project-Manager saved it on .*2025/);
    expect(name).toHaveValue('Acme Pharma AG');

    await user.click(within(conflictAlert).getByRole('button', { name: 'Reload and merge' }));

    // Both changed the name: a choice, mine until changed.
    const both = await screen.findByRole('table', { name: 'Fields changed by both' });
    const nameRow = within(both).getByRole('row', { name: /^Name/ });
    expect(nameRow).toHaveTextContent('Acme Pharma GmbH');
    expect(within(nameRow).getByRole('radio', { name: 'Name: keep your value Acme Pharma AG' })).toBeChecked();
    // Only Piotr changed the e-mail: his value is taken, not listed as mine.
    expect(screen.getByRole('list', { name: 'Taken from the other save (you had not changed these):' })).toHaveTextContent(
      'E-mail: localization@acme-pharma.example → l10n@acme-pharma.example',
    );
    expect(name).toHaveValue('Acme Pharma AG');
    expect(screen.getByRole('textbox', { name: /^E-mail/ })).toHaveValue('l10n@acme-pharma.example');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Identification Data saved.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Fields changed by both' })).not.toBeInTheDocument();
  });

  it('shows the client read-only to staff who may not edit clients', async () => {
    renderProfile([profileMock(aClientProfile())], aViewer(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY']));

    expect(await screen.findByRole('textbox', { name: /^Name/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.getByText('You can view this client; your user group may not edit clients.')).toBeInTheDocument();
  });

  it('says when the client does not exist', async () => {
    renderProfile([
      {
        request: { query: ClientProfileDocument, variables: { id: '10' } },
        result: { errors: [new GraphQLError('Client 10 does not exist.', { extensions: { code: 'NOT_FOUND' } })] },
      },
    ]);

    expect(await screen.findByText('Client not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Clients' })).toHaveAttribute('href', '/clients');
  });

  it('opens the System Account subtab from the address', async () => {
    renderProfile([profileMock(aClientProfile())], editor, '/clients/10/main-data/system-account');

    expect(await screen.findByRole('tab', { name: 'System Account' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: /^Username/ })).toHaveValue('ACME');
    expect(screen.getByRole('button', { name: 'username in external system' })).toBeInTheDocument();
  });

  describe('Work tab', () => {
    const accountManager = aViewer(['CLIENTS:DISPLAY', 'PROJECTS:BROWSE', 'PROJECTS:CREATE', 'QUOTES:BROWSE', 'CLIENT_REQUESTS:BROWSE']);
    const workMocks: Mock[] = [
      {
        request: { query: ClientRequestsDocument, variables: { first: workListPageSize, clientId: '10', status: 'SUBMITTED' } },
        result: { data: { clientRequests: [] } },
      },
      {
        request: { query: QuotesDocument, variables: { first: workListPageSize, clientId: '10', status: null } },
        result: { data: { quotes: [aQuote(7)] } },
      },
      {
        request: { query: ProjectsDocument, variables: { first: workListPageSize, clientId: '10', status: null, search: null } },
        result: { data: { projects: [aProject(42)] } },
      },
    ];

    it("lists the client's open requests, quotes and projects, linked to their pages", async () => {
      renderProfile([profileMock(aClientProfile()), ...workMocks], accountManager, '/clients/10/work');

      expect(await screen.findByRole('tab', { name: 'Work' })).toHaveAttribute('aria-selected', 'true');
      expect(await screen.findByText('No request of this client is waiting for an answer.')).toBeInTheDocument();
      const quotes = screen.getByRole('region', { name: 'Quotes' });
      expect(await within(quotes).findByRole('link', { name: 'Q-00007' })).toHaveAttribute('href', '/quotes/7');
      expect(within(quotes).queryByRole('columnheader', { name: 'Client' })).not.toBeInTheDocument();
      expect(within(quotes).getByRole('link', { name: "All of this client's quotes" })).toHaveAttribute(
        'href',
        '/quotes?client=10&clientLabel=ACME+%C2%B7+Acme+Pharmaceuticals+GmbH',
      );
      // Quotes may be browsed here but not written.
      expect(within(quotes).queryByRole('button', { name: 'New quote' })).not.toBeInTheDocument();
      const projects = screen.getByRole('region', { name: 'Projects' });
      expect(await within(projects).findByRole('link', { name: 'P-00042' })).toHaveAttribute('href', '/projects/42');
    });

    it('starts a new project for this client', async () => {
      const user = userEvent.setup();
      renderProfile([profileMock(aClientProfile()), ...workMocks], accountManager, '/clients/10/work');

      await user.click(await within(await screen.findByRole('region', { name: 'Projects' })).findByRole('button', { name: 'New project' }));
      const dialog = await screen.findByRole('dialog', { name: 'New project' });
      expect(within(dialog).getByRole('textbox', { name: 'Client' })).toHaveValue('ACME · Acme Pharmaceuticals GmbH');
      expect(within(dialog).getByRole('textbox', { name: 'Client' })).toHaveAttribute('readonly');
    });

    it('is not offered to staff who may see no work', async () => {
      renderProfile([profileMock(aClientProfile())]);
      expect(await screen.findByRole('tab', { name: 'Main Data' })).toBeInTheDocument();
      expect(screen.queryByRole('tab', { name: 'Work' })).not.toBeInTheDocument();
    });
  });

  describe('deleting the client', () => {
    const deleter = aViewer(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY', 'CLIENTS:EDIT', 'CLIENTS:DELETE']);
    const deleteRoutes = [...routes, { path: '/clients', element: <p>The clients list</p> }];

    it('says what goes with a client before deleting it, then returns to the list', async () => {
      const user = userEvent.setup();
      renderWithProviders(null, {
        mocks: [
          ...supportingMocks,
          profileMock(aClientProfile()),
          { request: { query: DeleteClientDocument, variables: { id: '10' } }, result: { data: { deleteClient: true } } },
        ],
        routes: deleteRoutes,
        path: '/clients/10/main-data/identification',
        viewer: deleter,
      });
      await user.click(await screen.findByRole('button', { name: 'Delete client' }));
      const dialog = await screen.findByRole('dialog', { name: 'Delete Acme Pharmaceuticals GmbH?' });
      expect(dialog).toHaveTextContent(/partner alias/);
      expect(dialog).toHaveTextContent(/sessions signed in now/);
      expect(dialog).toHaveTextContent(/not attached to a request or project/);
      await user.click(within(dialog).getByRole('button', { name: 'Delete client' }));
      expect(await screen.findByText('The clients list')).toBeInTheDocument();
      expect(await screen.findByText('Acme Pharmaceuticals GmbH was deleted.')).toBeInTheDocument();
    });

    it('explains a refusal for a client with work and offers setting it Inactive', async () => {
      const user = userEvent.setup();
      const refusal = new GraphQLError('Acme has work.', {
        extensions: { code: 'FORBIDDEN', reason: 'CLIENT_HAS_WORK', projectCount: 2, quoteCount: 1, requestCount: 0 },
      });
      renderWithProviders(null, {
        mocks: [
          ...supportingMocks,
          profileMock(aClientProfile()),
          { request: { query: DeleteClientDocument, variables: { id: '10' } }, result: { errors: [refusal] } },
          identificationSaved(
            7,
            { name: 'Acme Pharmaceuticals GmbH', status: 'INACTIVE' },
            {
              data: { updateClientIdentification: aClientProfile({ version: 8, status: 'INACTIVE' }) },
            },
          ),
        ],
        routes: deleteRoutes,
        path: '/clients/10/main-data/identification',
        viewer: deleter,
      });
      expect(screen.queryByRole('button', { name: 'Delete client' })).not.toBeInTheDocument();
      await user.click(await screen.findByRole('button', { name: 'Delete client' }));
      const dialog = await screen.findByRole('dialog', { name: 'Delete Acme Pharmaceuticals GmbH?' });
      await user.click(within(dialog).getByRole('button', { name: 'Delete client' }));
      expect(await within(dialog).findByText(/has 2 project\(s\), 1 quote\(s\) and 0 request\(s\)/)).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: 'Set it Inactive instead' }));
      expect(await screen.findByText('Acme Pharmaceuticals GmbH is Inactive now.')).toBeInTheDocument();
    });

    it('offers no Delete without the delete right', async () => {
      renderProfile([profileMock(aClientProfile())]);
      expect(await screen.findByRole('heading', { name: 'Acme Pharmaceuticals GmbH' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Delete client' })).not.toBeInTheDocument();
    });
  });

  it('shows who changed what and when on the History subtab, from the audit records', async () => {
    renderProfile(
      [
        profileMock(aClientProfile()),
        {
          request: { query: ClientHistoryDocument, variables: { id: '10' } },
          result: {
            data: {
              client: {
                __typename: 'Client',
                id: '10',
                history: [
                  {
                    __typename: 'AuditEvent',
                    id: '91',
                    action: 'CLIENT_ACCESS_CHANGED',
                    occurredAt: '2030-01-02T10:00:00.000Z',
                    actorName: 'Piotr Project-Manager',
                    details: { client: 'ACME', changes: { preferredLanguage: { from: 'DE', to: 'EN' } } },
                  },
                ],
              },
            },
          },
        },
      ],
      editor,
      '/clients/10/main-data/history',
    );
    const history = await screen.findByRole('tabpanel', { name: 'History' });
    expect(await within(history).findByText("Client's access changed")).toBeInTheDocument();
    expect(within(history).getByText(/Piotr Project-Manager on/)).toBeInTheDocument();
    expect(history).toHaveTextContent(/DE/);
    expect(history).toHaveTextContent(/EN/);
  });
});
