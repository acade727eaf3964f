import { screen, waitFor } from '@testing-library/react';
import { SignInAsPartnerWithCodeDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, anImpersonation } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

describe('Sign in as this Partner, arriving from the Home Portal', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('exchanges the one-time code once and opens the client’s dashboard', async () => {
    const exchange = jest.fn(() => ({
      data: {
        signInAsPartnerWithCode: aViewer({
          impersonation: anImpersonation(),
        }),
      },
    }));
    const { history } = renderPortal('/sign-in-as-partner#code=one-time-code', {
      mocks: [{ request: { query: SignInAsPartnerWithCodeDocument, variables: { code: 'one-time-code' } }, result: exchange }],
    });

    expect(await screen.findByRole('heading', { name: 'Welcome, Atlas Logistics Inc.' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Staff session' })).toHaveTextContent(
      'Anna Kowalska is viewing the portal as Atlas Logistics Inc.',
    );
    expect(history.location.pathname).toBe('/');
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it('says clearly why a used code does not work', async () => {
    const { history } = renderPortal('/sign-in-as-partner#code=used-code', {
      mocks: [
        {
          request: { query: SignInAsPartnerWithCodeDocument, variables: { code: 'used-code' } },
          result: {
            errors: [
              {
                message: 'This link was already used or replaced by a newer one. Ask for a new one.',
                extensions: { code: 'BAD_USER_INPUT', field: 'code', reason: 'TOKEN_USED' },
              },
            ],
          },
        },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('The sign-in code has already been used.');
    expect(screen.getByRole('link', { name: 'Open the Home Portal' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(history.location.hash).toBe(''));
  });

  it('shows the reason a staff member may not sign in as the client', async () => {
    renderPortal('/sign-in-as-partner#code=code', {
      mocks: [
        {
          request: { query: SignInAsPartnerWithCodeDocument, variables: { code: 'code' } },
          result: {
            errors: [
              {
                message: 'The staff member who opened this link can no longer sign in.',
                extensions: { code: 'FORBIDDEN', reason: 'MISSING_SIGN_IN_AS_PARTNER_RIGHT' },
              },
            ],
          },
        },
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Signing in as this client is not allowed.');
    expect(alert).toHaveTextContent('The staff member who opened this link can no longer sign in.');
  });
});
