import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SetClientPasswordDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { renderPortal } from '../test-support/renderWithProviders';

describe('the welcome page (first password from the welcome letter)', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('reads the token from the fragment, takes it out of the address, checks the password as it is typed and sets it', async () => {
    const user = userEvent.setup();
    const setPassword = jest.fn(() => ({ data: { setClientPassword: true } }));
    const replaceState = jest.spyOn(window.history, 'replaceState');
    const { history } = renderPortal('/welcome#token=secret-token-from-the-letter', {
      mocks: [
        {
          request: {
            query: SetClientPasswordDocument,
            variables: { token: 'secret-token-from-the-letter', password: 'a much longer secret' },
          },
          result: setPassword,
        },
      ],
    });

    const password = await screen.findByLabelText(/^New password/);
    await waitFor(() => expect(history.location.hash).toBe(''));
    expect(history.location.pathname).toBe('/welcome');
    expect(replaceState).toHaveBeenCalled();

    await user.type(password, 'short');
    expect(await screen.findByText('Use at least 10 characters.')).toBeInTheDocument();
    await user.type(password, ' but now');
    await waitFor(() => expect(screen.queryByText('Use at least 10 characters.')).not.toBeInTheDocument());

    await user.clear(password);
    await user.type(password, 'a much longer secret');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'a much longer secrex');
    expect(await screen.findByText('The two passwords are not the same.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Repeat the new password/), '{Backspace}t');
    await waitFor(() => expect(screen.queryByText('The two passwords are not the same.')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByText('Your password is set')).toBeInTheDocument();
    expect(setPassword).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    replaceState.mockRestore();
  });

  it('explains an expired link and leads to “Forgot password?”', async () => {
    const user = userEvent.setup();
    renderPortal('/welcome#token=old-token', {
      mocks: [
        {
          request: { query: SetClientPasswordDocument, variables: { token: 'old-token', password: 'a much longer secret' } },
          result: {
            errors: [
              {
                message: 'This link has expired. Ask for a new one.',
                extensions: { code: 'BAD_USER_INPUT', field: 'token', reason: 'TOKEN_EXPIRED' },
              },
            ],
          },
        },
      ],
    });

    await user.type(await screen.findByLabelText(/^New password/), 'a much longer secret');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'a much longer secret');
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link has expired');
    expect(alert).toHaveTextContent('links to set a password only work for a limited time');
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot-password');
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('puts the server’s refusal of the password on the password field, in the reader’s language by the rule it names', async () => {
    const user = userEvent.setup();
    renderPortal('/reset-password#token=reset-token', {
      mocks: [
        {
          request: { query: SetClientPasswordDocument, variables: { token: 'reset-token', password: 'atlas-is-my-company' } },
          result: {
            errors: [{ message: 'Server wording', extensions: { code: 'BAD_USER_INPUT', field: 'password', reason: 'CONTAINS_USERNAME' } }],
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    const password = screen.getByLabelText(/^New password/);
    await user.type(password, 'atlas-is-my-company');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'atlas-is-my-company');
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByText('The password must not contain your ID.')).toBeInTheDocument();
    expect(password).toHaveAccessibleDescription(/The password must not contain your ID\./);
  });

  it('says when the address carries no token at all', async () => {
    renderPortal('/welcome');

    expect(await screen.findByRole('alert')).toHaveTextContent('This link is incomplete');
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toBeInTheDocument();
  });
});
