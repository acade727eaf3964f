import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateClientPreferencesDocument } from '../gql/graphql';
import { aViewer, anImpersonation, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { i18n } from './i18n';

const formats = {
  dateFormat: 'MM/dd/yyyy',
  timeFormat: 'h:mm a',
  decimalSeparator: null,
  thousandsSeparator: null,
  firstDayOfWeek: 'SUNDAY' as const,
  timeZone: 'America/Chicago',
};

describe('the language switcher of a signed-in client', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('keeps the new language as the Preferred Language, Format Preferences unchanged', async () => {
    const user = userEvent.setup();
    const viewer = aViewer({ formatPreferences: formats });
    const save = jest.fn(() => ({ data: { updateClientPreferences: aViewer({ ...viewer, preferredLanguage: 'FR' }) } }));
    renderPortal('/', {
      mocks: [
        viewerMock(viewer),
        {
          request: {
            query: UpdateClientPreferencesDocument,
            variables: { input: { preferredLanguage: 'FR', formatPreferences: formats } },
          },
          result: save,
        },
      ],
    });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Français');

    expect(await screen.findByRole('heading', { name: 'Bienvenue, Atlas Logistics Inc.' })).toBeInTheDocument();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });

  it('only switches the page when the client may not edit its profile', async () => {
    const user = userEvent.setup();
    renderPortal('/', { mocks: [viewerMock(aViewer({ rights: [{ area: 'PROFILE', actions: ['BROWSE', 'DISPLAY'] }] }))] });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Deutsch');

    // No UpdateClientPreferences answer is mocked: sending one would fail and show an error.
    expect(await screen.findByRole('heading', { name: 'Willkommen, Atlas Logistics Inc.' })).toBeInTheDocument();
    expect(screen.queryByText('Ihre Sprache konnte nicht für Ihren nächsten Besuch gespeichert werden')).not.toBeInTheDocument();
  });

  it('does not change the client’s Preferred Language for a staff member signed in as the client', async () => {
    const user = userEvent.setup();
    renderPortal('/', { mocks: [viewerMock(aViewer({ impersonation: anImpersonation() }))] });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Español');

    expect(await screen.findByRole('heading', { name: 'Hola, Atlas Logistics Inc.' })).toBeInTheDocument();
    expect(screen.queryByText('No se pudo guardar su idioma para su próxima visita')).not.toBeInTheDocument();
  });
});
