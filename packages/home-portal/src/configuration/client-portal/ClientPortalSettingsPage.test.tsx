import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ClientPortalSettingsDocument,
  EnableClientPortal2Document,
  UpdateClientPortalSettingsDocument,
} from './clientPortalSettings.generated';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { ClientPortalSettingsPage } from './ClientPortalSettingsPage';

const editor = aViewer(['PORTAL_CONFIGURATION:DISPLAY', 'PORTAL_CONFIGURATION:EDIT']);

function settings(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ClientPortalSettings',
    enabled: true,
    portalVersion: 'V2',
    hasClassicCustomization: false,
    publicUrl: null,
    portalName: 'Client Portal',
    logoUrl: null,
    primaryColor: '#1c7ed6',
    welcomeText: 'Welcome!',
    welcomeTranslations: [],
    offeredAreas: ['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'FILES', 'PROFILE'],
    showStaffIdentityToClients: true,
    notifyClientsOfChangeSessions: false,
    updatedAt: '2030-01-01T00:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

const settingsMock = (answer = settings()): Mock => ({
  request: { query: ClientPortalSettingsDocument },
  result: { data: { clientPortalSettings: answer } },
});

function saveMock(input: Record<string, unknown>, result: Mock['result']): Mock {
  const stored = settings();
  return {
    request: {
      query: UpdateClientPortalSettingsDocument,
      variables: {
        input: {
          version: 3,
          enabled: stored.enabled,
          publicUrl: null,
          portalName: stored.portalName,
          logoUrl: null,
          primaryColor: stored.primaryColor,
          welcomeText: stored.welcomeText,
          welcomeTranslations: ['EN', 'DE', 'FR', 'ES', 'PL'].map((language) => ({ language, text: '' })),
          offeredAreas: stored.offeredAreas,
          showStaffIdentityToClients: true,
          notifyClientsOfChangeSessions: false,
          ...input,
        },
      },
    },
    result,
  };
}

function render(mocks: Mock[], viewer = editor) {
  return renderWithProviders(<ClientPortalSettingsPage />, { viewer, mocks, path: '/configuration/client-portal' });
}

const preview = () => screen.getByRole('figure', { name: 'Preview of the Client Portal sign-in page' });

describe('Client Portal settings', () => {
  it('enables Client Portal 2.0 only after saying what is reset and kept, and "I understand"', async () => {
    const user = userEvent.setup();
    render([
      settingsMock(settings({ portalVersion: 'CLASSIC', hasClassicCustomization: true, portalName: 'Old Portal' })),
      { request: { query: EnableClientPortal2Document }, result: { data: { enableClientPortal2: settings({ version: 4 }) } } },
    ]);

    const section = await screen.findByRole('region', { name: 'Enable Client Portal 2.0' });
    await user.click(within(section).getByRole('button', { name: 'Enable Client Portal 2.0' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enable Client Portal 2.0' });
    expect(dialog).toHaveTextContent('The previous Client Portal is switched off');
    expect(dialog).toHaveTextContent(/customization .* is discarded for good/);
    expect(dialog).toHaveTextContent('returns to the Client Portal 2.0 defaults');
    expect(dialog).toHaveTextContent('All clients, their Client Portal accounts and passwords.');
    expect(dialog).toHaveTextContent('Client groups and rights.');
    expect(dialog).toHaveTextContent('Projects, quotes, requests and feedback.');

    const confirm = within(dialog).getByRole('button', { name: 'Enable Client Portal 2.0' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: /I understand/ }));
    await user.click(confirm);

    expect(await screen.findByText('Client Portal 2.0 is enabled. Clients sign in to it from now on.')).toBeInTheDocument();
    expect(await screen.findByText('Client Portal 2.0 is enabled')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Enable Client Portal 2.0' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Portal name/ })).toHaveValue('Client Portal');
  });

  it('says when the previous portal has no customization to discard', async () => {
    const user = userEvent.setup();
    render([settingsMock(settings({ portalVersion: 'CLASSIC', hasClassicCustomization: false }))]);
    await user.click(await screen.findByRole('button', { name: 'Enable Client Portal 2.0' }));
    expect(await screen.findByRole('dialog', { name: 'Enable Client Portal 2.0' })).toHaveTextContent(
      'The previous portal has no customization, so none is discarded.',
    );
  });

  it('checks the settings as they are typed and updates the preview', async () => {
    const user = userEvent.setup();
    render([settingsMock()]);
    const name = await screen.findByRole('textbox', { name: /Portal name/ });

    await user.clear(name);
    expect(await screen.findByText("Enter the portal's name")).toBeInTheDocument();
    await user.type(name, 'Acme Agency');
    expect(within(preview()).getByRole('heading', { name: 'Acme Agency' })).toBeInTheDocument();

    const welcome = screen.getByRole('textbox', { name: 'Welcome text' });
    await user.clear(welcome);
    await user.type(welcome, 'Hello, partners');
    expect(preview()).toHaveTextContent('Hello, partners');

    await user.type(screen.getByRole('textbox', { name: /Public URL/ }), 'ftp://portal');
    expect(await screen.findByText('Enter the address starting with https:// (or http:// for a test server)')).toBeInTheDocument();

    const color = screen.getByRole('textbox', { name: /Primary colour/ });
    await user.clear(color);
    await user.type(color, '#12');
    expect(await screen.findByText('Write the colour as #rrggbb, e.g. #1c7ed6')).toBeInTheDocument();
    await user.type(color, '3456');
    await waitFor(() => expect(screen.queryByText('Write the colour as #rrggbb, e.g. #1c7ed6')).not.toBeInTheDocument());
  });

  it('edits the welcome text per language and previews each, the default text where none is written', async () => {
    const user = userEvent.setup();
    render([
      settingsMock(),
      saveMock(
        {
          welcomeTranslations: ['EN', 'DE', 'FR', 'ES', 'PL'].map((language) => ({
            language,
            text: language === 'DE' ? 'Willkommen, Partner!' : '',
          })),
        },
        { data: { updateClientPortalSettings: settings({ version: 4 }) } },
      ),
    ]);
    await screen.findByRole('textbox', { name: 'Welcome text' });
    await user.click(screen.getByRole('radio', { name: 'FR' }));
    expect(screen.getByRole('textbox', { name: 'Welcome text in French' })).toHaveValue('');
    expect(preview()).toHaveTextContent('Welcome!');
    await user.click(screen.getByRole('radio', { name: 'DE' }));
    await user.type(screen.getByRole('textbox', { name: 'Welcome text in German' }), 'Willkommen, Partner!');
    expect(preview()).toHaveTextContent('Willkommen, Partner!');
    expect(screen.getByText('Shown in German')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/saved/i)).toBeInTheDocument();
  });

  it('takes a logo file as a data: URL, refusing other types and files over 150 kB', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { container } = render([settingsMock()]);
    await screen.findByRole('textbox', { name: /Portal name/ });
    const fileInput = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!fileInput) throw new Error('no file input');

    await user.upload(fileInput, new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }));
    expect(await screen.findByText('Choose a PNG, JPEG or SVG image')).toBeInTheDocument();

    await user.upload(fileInput, new File([new Uint8Array(151 * 1024)], 'big.png', { type: 'image/png' }));
    expect(await screen.findByText('The image is 151 kB; choose one of at most 150 kB')).toBeInTheDocument();

    await user.upload(fileInput, new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.svg', { type: 'image/svg+xml' }));
    const current = await screen.findByRole('img', { name: 'Current logo' });
    expect(current.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(within(preview()).getByRole('img', { name: 'Client Portal logo' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(screen.queryByRole('img', { name: 'Current logo' })).not.toBeInTheDocument();
  });

  it('saves with the version read, and shows who saved in between on a conflict', async () => {
    const user = userEvent.setup();
    const conflict = new GraphQLError('Someone saved', {
      extensions: { code: 'CONFLICT', currentVersion: 4, updatedBy: 'Ada Admin', updatedAt: '2030-01-02T10:00:00.000Z' },
    });
    render([
      settingsMock(),
      saveMock(
        { offeredAreas: ['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'PROFILE'], notifyClientsOfChangeSessions: true },
        {
          data: {
            updateClientPortalSettings: settings({
              version: 4,
              offeredAreas: ['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'PROFILE'],
              notifyClientsOfChangeSessions: true,
            }),
          },
        },
      ),
      saveMock(
        { version: 4, offeredAreas: ['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'PROFILE'], notifyClientsOfChangeSessions: false },
        { errors: [conflict] },
      ),
    ]);
    const areas = await screen.findByRole('group', { name: 'Areas offered to clients' });
    await user.click(within(areas).getByRole('checkbox', { name: 'Files' }));
    await user.click(screen.getByRole('checkbox', { name: /E-mail clients when staff start a session with changes/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Client Portal settings saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /E-mail clients when staff start a session with changes/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // The conflict's comparison renders every field, the translations too: give a busy machine time.
    expect(await screen.findByRole('alert', { name: 'Someone else saved this in the meantime' }, { timeout: 5000 })).toHaveTextContent(
      /Ada Admin saved/,
    );
  });

  it('shows the settings read-only without the right to edit them', async () => {
    render([settingsMock(settings({ portalVersion: 'CLASSIC' }))], aViewer(['PORTAL_CONFIGURATION:DISPLAY']));
    expect(await screen.findByText('Enabling it needs the Portal Configuration Edit right.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enable Client Portal 2.0' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Portal name/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /Show staff names and reasons/ })).toBeDisabled();
  });
});
