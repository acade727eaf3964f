import { GraphQLError } from 'graphql';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInDocument } from './viewer.generated';
import { renderWithProviders, type Mock } from '../test-support/renderWithProviders';
import { SignInForm } from './SignInForm';

const viewer = {
  __typename: 'StaffViewer',
  id: '1',
  username: 'anna',
  fullName: 'Anna Nowak',
  rights: [],
  specialRights: [],
};

function signInMock(result: Mock['result'], delay = 0): Mock {
  return { request: { query: SignInDocument, variables: { username: 'anna', password: 's3cret!' } }, result, delay };
}

async function typeCredentials() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /username/i }), 'anna');
  await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), 's3cret!');
  return user;
}

describe('SignInForm', () => {
  it('asks for the username and password instead of sending an empty form', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInForm />);

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your username')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the username message as soon as the typed username is erased', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInForm />);
    const username = screen.getByRole('textbox', { name: /username/i });

    await user.type(username, 'a');
    expect(screen.queryByText('Enter your username')).not.toBeInTheDocument();
    await user.clear(username);

    expect(await screen.findByText('Enter your username')).toBeInTheDocument();
    expect(username).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the typed username and password to signIn', async () => {
    const result = jest.fn(() => ({ data: { signIn: viewer } }));
    renderWithProviders(<SignInForm />, { mocks: [signInMock(result)] });

    const user = await typeCredentials();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a loading button while the API checks the password', async () => {
    renderWithProviders(<SignInForm />, { mocks: [signInMock({ data: { signIn: viewer } }, 200)] });

    const user = await typeCredentials();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(button).not.toBeDisabled());
  });

  it("shows the server's message when sign-in is refused", async () => {
    const refused = new GraphQLError('Wrong username or password.', { extensions: { code: 'UNAUTHENTICATED' } });
    renderWithProviders(<SignInForm />, { mocks: [signInMock({ errors: [refused] })] });

    const user = await typeCredentials();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-in failed');
    expect(alert).toHaveTextContent('Wrong username or password.');
  });
});
