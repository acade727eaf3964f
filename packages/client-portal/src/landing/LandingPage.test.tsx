import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '../i18n/i18n';
import { renderPortal } from '../test-support/renderWithProviders';

describe('Client Portal landing page', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('explains that the agency sends a welcome e-mail with a link to set a password', () => {
    renderPortal();

    expect(screen.getByRole('heading', { level: 1, name: 'Client Portal' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How you get access' })).toBeInTheDocument();
    expect(screen.getByText(/sends you a welcome e-mail/)).toBeInTheDocument();
    expect(screen.getByText(/choose your password/)).toBeInTheDocument();
    expect(document.title).toBe('Client Portal');
  });

  it('offers the five languages, each in its own words', () => {
    renderPortal();

    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['English', 'Deutsch', 'Français', 'Español', 'Polski']);
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });

  it('shows the page in the language picked in the switcher and remembers it', async () => {
    const user = userEvent.setup();
    renderPortal();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kundenportal' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'So erhalten Sie Zugang' })).toBeInTheDocument();
    expect(screen.queryByText('How you get access')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Kundenportal');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'Polski');
    expect(await screen.findByRole('heading', { level: 1, name: 'Portal klienta' })).toBeInTheDocument();
    expect(localStorage.getItem('portico.clientPortal.language')).toBe('pl');
  });

  it('says when an address leads nowhere and links back to the start page', () => {
    renderPortal('/no-such-page');

    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the start page' })).toHaveAttribute('href', '/');
  });
});
