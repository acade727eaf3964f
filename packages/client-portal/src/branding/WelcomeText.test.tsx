import { screen } from '@testing-library/react';
import { i18n } from '../i18n/i18n';
import { aBranding, brandingMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

const branding = aBranding({
  welcomeText: 'Welcome to Lingua.',
  welcomeTranslations: [{ __typename: 'WelcomeTranslation', language: 'DE', text: 'Willkommen bei Lingua.' }] as never,
});

describe('the agency’s welcome text', () => {
  beforeEach(() => localStorage.clear());

  it('is shown in the reader’s language where the agency translated it', async () => {
    await i18n.changeLanguage('DE');
    renderPortal('/sign-in', { mocks: [brandingMock(branding)] });
    expect(await screen.findByText('Willkommen bei Lingua.')).toBeInTheDocument();
  });

  it('falls back to the default text in a language without a translation', async () => {
    await i18n.changeLanguage('FR');
    renderPortal('/sign-in', { mocks: [brandingMock(branding)] });
    expect(await screen.findByText('Welcome to Lingua.')).toBeInTheDocument();
    await i18n.changeLanguage('EN');
  });
});
