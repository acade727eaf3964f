import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientSignInDocument, RequestPasswordResetDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aBranding, aViewer, brandingMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

const genericRefusal = 'Sign-in failed. Check your ID and password, or ask the agency for help.';

describe('signing in to the Client Portal', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('sends a visitor to the sign-in page, branded with the portal name and welcome text', async () => {
    const { history } = renderPortal('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/sign-in');
    // The portal's name heads the page, but as its brand: the page's one <h1> is its own title.
    expect(screen.getByRole('link', { name: 'Lingua Client Portal' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Welcome to the Lingua Client Portal.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How you get access' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot-password');
    expect(document.title).toBe('Sign in · Lingua Client Portal');
  });

  it('shows one message for every refusal, in the reader’s language', async () => {
    const user = userEvent.setup();
    renderPortal('/sign-in', {
      mocks: [
        {
          request: { query: ClientSignInDocument, variables: { username: 'ATLAS', password: 'wrong password' } },
          result: { errors: [{ message: genericRefusal, extensions: { code: 'UNAUTHENTICATED' } }] },
        },
      ],
    });

    await user.type(await screen.findByRole('textbox', { name: /^ID/ }), ' ATLAS ');
    await user.type(screen.getByLabelText(/^Password/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-in failed');
    expect(alert).toHaveTextContent('Sign-in failed. Check your ID and password; if it keeps failing, contact your agency.');
    // The password is cleared for the next try, without a second message on top of the real one.
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    expect(screen.getByLabelText(/^Password/)).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter your password.')).not.toBeInTheDocument();
  });

  it('tells a network that tried too often how long to wait', async () => {
    const user = userEvent.setup();
    renderPortal('/sign-in', {
      mocks: [
        {
          request: { query: ClientSignInDocument, variables: { username: 'ATLAS', password: 'wrong password' } },
          result: {
            errors: [
              { message: 'Too many attempts. Try again in 12 minutes.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 700 } },
            ],
          },
        },
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: /^ID/ }), 'ATLAS');
    await user.type(screen.getByLabelText(/^Password/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Please wait 12 min and try again.');
  });

  it('says what is missing as the client types, before asking the server', async () => {
    const user = userEvent.setup();
    renderPortal('/sign-in');

    const username = await screen.findByRole('textbox', { name: /^ID/ });
    await user.type(username, 'A');
    await user.clear(username);
    expect(await screen.findByText('Enter your ID.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your password.')).toBeInTheDocument();
  });

  it('opens the page the client asked for once signed in, in its Preferred Language', async () => {
    const user = userEvent.setup();
    const viewer = aViewer({ name: 'Acme Pharmaceuticals GmbH', username: 'ACME', preferredLanguage: 'DE' });
    const { history } = renderPortal('/profile', {
      mocks: [
        {
          request: { query: ClientSignInDocument, variables: { username: 'ACME', password: 'portal-demo-2026' } },
          result: { data: { clientSignIn: viewer } },
        },
      ],
    });

    await user.type(await screen.findByRole('textbox', { name: /^ID/ }), 'ACME');
    await user.type(screen.getByLabelText(/^Password/), 'portal-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Profil' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/profile');
    expect(i18n.resolvedLanguage).toBe('DE');
  });

  it('says so, and nothing else, while Client Portal 2.0 is not enabled', async () => {
    renderPortal('/sign-in', { mocks: [brandingMock(aBranding({ available: false, portalName: 'Old Portal' }))] });

    expect(await screen.findByRole('heading', { name: 'Client Portal 2.0 is not enabled' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('offers the five languages, each in its own words, and remembers the choice', async () => {
    const user = userEvent.setup();
    renderPortal('/sign-in');

    const switcher = await screen.findByRole('combobox', { name: 'Language' });
    expect(Array.from(switcher.querySelectorAll('option')).map((option) => option.textContent)).toEqual([
      'English',
      'Deutsch',
      'Français',
      'Español',
      'Polski',
    ]);

    await user.selectOptions(switcher, 'Deutsch');
    expect(await screen.findByRole('heading', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'So erhalten Sie Zugang' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('portico.clientPortal.language')).toBe('DE');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'Polski');
    expect(await screen.findByRole('heading', { name: 'Logowanie' })).toBeInTheDocument();
  });

  it('says when an address leads nowhere and links back to the start page', async () => {
    renderPortal('/no-such-page');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the start page' })).toHaveAttribute('href', '/');
  });

  it('brings the ID typed so far to “Forgot password?”, which answers the same for every ID', async () => {
    const user = userEvent.setup();
    renderPortal('/sign-in', {
      mocks: [
        {
          request: { query: RequestPasswordResetDocument, variables: { username: 'NOBODY' } },
          result: { data: { requestPasswordReset: true } },
        },
      ],
    });

    await user.type(await screen.findByRole('textbox', { name: /^ID/ }), 'NOBODY');
    await user.click(screen.getByRole('link', { name: 'Forgot password?' }));

    const send = await screen.findByRole('button', { name: 'Send the link' });
    expect(screen.getByRole('textbox', { name: /^ID/ })).toHaveValue('NOBODY');
    await user.click(send);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('If the account exists and may sign in'));
  });
});
