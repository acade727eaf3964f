import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientGroupOptionsDocument } from '../clients.generated';
import { CatToolsDocument } from '../partner-aliases/partnerAliases.generated';
import { ClientProfileDocument } from '../profile/clientProfile.generated';
import {
  ClientSignInAttemptsDocument,
  SendPasswordResetEmailDocument,
  SendWelcomeEmailDocument,
  StartSignInAsPartnerDocument,
  UnlockClientAccountDocument,
  LetterDeliveryDocument,
} from './clientPortalAccount.generated';
import { aClientProfile, catToolsAnswer, clientGroupOptions, signInAttemptsAnswer } from '../../test-support/clientFixtures';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { ClientProfilePage } from '../profile/ClientProfilePage';

const editor = aViewer(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY', 'CLIENTS:EDIT']);
const reader = aViewer(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY'], ['SIGN_IN_AS_PARTNER']);
const routes = [{ path: '/clients/:clientId/main-data?/:subtab?', element: <ClientProfilePage /> }];

type Client = ReturnType<typeof aClientProfile>;

function attemptsMock(attempts = signInAttemptsAnswer()): Mock {
  return {
    request: { query: ClientSignInAttemptsDocument, variables: { clientId: '10', first: 10 } },
    result: { data: { clientSignInAttempts: attempts } },
  };
}

function renderAccount(client: Client, mocks: Mock[] = [], viewer = editor) {
  return renderWithProviders(null, {
    routes,
    path: '/clients/10/main-data/system-account',
    viewer,
    mocks: [
      { request: { query: ClientProfileDocument, variables: { id: '10' } }, result: { data: { client } } },
      { request: { query: ClientGroupOptionsDocument }, result: { data: { clientGroups: clientGroupOptions } } },
      { request: { query: CatToolsDocument }, result: { data: { catTools: catToolsAnswer } } },
      ...(mocks.some((mock) => mock.request.query === ClientSignInAttemptsDocument) ? [] : [attemptsMock()]),
      ...mocks,
    ],
  });
}

const settings = async () => screen.findByRole('group', { name: 'Client Portal Settings' });

function letter(status: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'OutboxLetter',
    id: '31',
    kind: 'WELCOME',
    status,
    recipient: 'localization@acme-pharma.example',
    error: null,
    ...overrides,
  };
}

function welcomeMock(result: Mock['result']): Mock {
  return { request: { query: SendWelcomeEmailDocument, variables: { clientId: '10' } }, result };
}

/** A stand-in for the tab `window.open` returns, recording where it was sent. */
function fakeTab() {
  const tab = { opener: {} as unknown, location: { href: '' }, document: { title: '', body: { textContent: '' } }, close: jest.fn() };
  const open = jest.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
  return { tab, open };
}

afterEach(() => jest.restoreAllMocks());

describe('Sign in as this Partner', () => {
  it('is offered only when the API says the viewer may sign in as this client', async () => {
    const { unmount } = renderAccount(aClientProfile({ canSignInAsPartner: false }));
    expect(await within(await settings()).findByRole('button', { name: 'Send Welcome E-mail' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in as this Partner' })).not.toBeInTheDocument();
    unmount();

    renderAccount(aClientProfile({ canSignInAsPartner: true }), [], reader);
    expect(await within(await settings()).findByRole('button', { name: 'Sign in as this Partner' })).toBeEnabled();
    // Without the right to edit clients, letters and Unlock are not offered.
    expect(screen.queryByRole('button', { name: 'Send Welcome E-mail' })).not.toBeInTheDocument();
  });

  it('asks for a reason as the user types, and offers "Allow changes" only with the right to changes', async () => {
    const user = userEvent.setup();
    renderAccount(aClientProfile({ canSignInAsPartner: true, canSignInAsPartnerWithChanges: false }));
    await user.click(await within(await settings()).findByRole('button', { name: 'Sign in as this Partner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in as this Partner' });

    expect(within(dialog).queryByRole('checkbox', { name: /Allow changes/ })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/The session is read-only/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Open the Client Portal' }));
    expect(await within(dialog).findByText('State why you sign in as this client')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'T-1');
    expect(await within(dialog).findByText('Write at least 5 characters')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), '23');
    await waitFor(() => expect(within(dialog).queryByText('Write at least 5 characters')).not.toBeInTheDocument());
  });

  it('opens a blank tab in the click itself, then sends it to the single-use link', async () => {
    const user = userEvent.setup();
    const { tab, open } = fakeTab();
    renderAccount(aClientProfile({ canSignInAsPartner: true, canSignInAsPartnerWithChanges: true }), [
      {
        request: { query: StartSignInAsPartnerDocument, variables: { clientId: '10', reason: 'Ticket 4711', allowChanges: true } },
        result: {
          data: {
            startSignInAsPartner: {
              __typename: 'SignInAsPartnerLink',
              url: 'http://portal.example/portal/impersonate#code=abc',
              expiresAt: '2030-01-01T00:00:00Z',
            },
          },
        },
      },
    ]);
    await user.click(await within(await settings()).findByRole('button', { name: 'Sign in as this Partner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in as this Partner' });
    const allowChanges = within(dialog).getByRole('checkbox', { name: /Allow changes/ });
    expect(allowChanges).not.toBeChecked();

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), '  Ticket 4711 ');
    await user.click(allowChanges);
    await user.click(within(dialog).getByRole('button', { name: 'Open the Client Portal with changes allowed' }));

    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(tab.opener).toBeNull();
    await waitFor(() => expect(tab.location.href).toBe('http://portal.example/portal/impersonate#code=abc'));
    expect(await screen.findByText(/signed in as Acme Pharmaceuticals GmbH, with changes allowed/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('explains a refusal, closes the blank tab, and puts reason errors on the field', async () => {
    const user = userEvent.setup();
    const { tab } = fakeTab();
    const start = (reason: string, error: GraphQLError): Mock => ({
      request: { query: StartSignInAsPartnerDocument, variables: { clientId: '10', reason, allowChanges: false } },
      result: { errors: [error] },
    });
    renderAccount(aClientProfile({ canSignInAsPartner: true }), [
      start(
        'Ticket 1',
        new GraphQLError('Client Portal 2.0 is not enabled.', { extensions: { code: 'FORBIDDEN', reason: 'PORTAL_UNAVAILABLE' } }),
      ),
      start(
        'Ticket 2',
        new GraphQLError('State why you sign in as this client, in 5 to 500 characters.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
        }),
      ),
    ]);
    await user.click(await within(await settings()).findByRole('button', { name: 'Sign in as this Partner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in as this Partner' });
    const reason = within(dialog).getByRole('textbox', { name: /Reason/ });

    await user.type(reason, 'Ticket 1');
    await user.click(within(dialog).getByRole('button', { name: 'Open the Client Portal' }));
    expect(await within(dialog).findByText(/Client Portal 2.0 is not enabled or is switched off/)).toBeInTheDocument();
    expect(tab.close).toHaveBeenCalled();

    await user.clear(reason);
    await user.type(reason, 'Ticket 2');
    await user.click(within(dialog).getByRole('button', { name: 'Open the Client Portal' }));
    expect(await within(dialog).findByText('State why you sign in as this client, in 5 to 500 characters.')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers the link itself when the browser blocks the new tab', async () => {
    const user = userEvent.setup();
    jest.spyOn(window, 'open').mockImplementation(() => null);
    renderAccount(aClientProfile({ canSignInAsPartner: true }), [
      {
        request: { query: StartSignInAsPartnerDocument, variables: { clientId: '10', reason: 'Ticket 9', allowChanges: false } },
        result: {
          data: {
            startSignInAsPartner: {
              __typename: 'SignInAsPartnerLink',
              url: 'http://portal.example/portal/impersonate#code=xyz',
              expiresAt: '2030-01-01T00:00:00Z',
            },
          },
        },
      },
    ]);
    await user.click(await within(await settings()).findByRole('button', { name: 'Sign in as this Partner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in as this Partner' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Ticket 9');
    await user.click(within(dialog).getByRole('button', { name: 'Open the Client Portal' }));

    const link = await within(dialog).findByRole('link', { name: 'Open the Client Portal as this client' });
    expect(link).toHaveAttribute('href', 'http://portal.example/portal/impersonate#code=xyz');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});

describe('Send Welcome E-mail and Send Password Reset E-mail', () => {
  it('says the letter was sent, and to whom', async () => {
    const user = userEvent.setup();
    renderAccount(aClientProfile(), [welcomeMock({ data: { sendWelcomeEmail: letter('SENT') } })]);
    await user.click(await within(await settings()).findByRole('button', { name: 'Send Welcome E-mail' }));
    const outcome = await screen.findByRole('status');
    expect(outcome).toHaveTextContent('Welcome e-mail sent');
    expect(outcome).toHaveTextContent('Sent to localization@acme-pharma.example.');
  });

  it('points to the Outbox when no mail server is configured', async () => {
    const user = userEvent.setup();
    renderAccount(aClientProfile(), [
      {
        request: { query: SendPasswordResetEmailDocument, variables: { clientId: '10' } },
        result: { data: { sendPasswordResetEmail: letter('OUTBOX_ONLY', { kind: 'PASSWORD_RESET' }) } },
      },
    ]);
    await user.click(await within(await settings()).findByRole('button', { name: 'Send Password Reset E-mail' }));
    const outcome = await screen.findByRole('status');
    expect(outcome).toHaveTextContent('Password reset e-mail kept in the Outbox');
    expect(outcome).toHaveTextContent(/No mail server is configured/);
    expect(within(outcome).getByRole('link', { name: 'Open the letter in the Outbox' })).toHaveAttribute('href', '/outbox/31');
  });

  it('shows the SMTP error of a failed letter with a way to send it again', async () => {
    const user = userEvent.setup();
    renderAccount(aClientProfile(), [welcomeMock({ data: { sendWelcomeEmail: letter('FAILED', { error: '550 Mailbox unavailable' }) } })]);
    await user.click(await within(await settings()).findByRole('button', { name: 'Send Welcome E-mail' }));
    const outcome = await screen.findByRole('alert', { name: /could not be delivered/ });
    expect(outcome).toHaveTextContent('550 Mailbox unavailable');
    expect(within(outcome).getByRole('link', { name: 'Open it in the Outbox to send it again' })).toHaveAttribute('href', '/outbox/31');
  });

  it.each([
    ['NO_EMAIL', 'The client has no e-mail address. Add one in Identification Data first.'],
    ['PORTAL_ACCESS_NOT_ALLOWED', /"Allow access to the Client Portal" is not ticked/],
    ['GROUP_DENIES_ACCESS', /does not have "Access Allowed"/],
  ])('explains a refusal (%s) next to the buttons', async (reason, text) => {
    const user = userEvent.setup();
    renderAccount(aClientProfile(), [
      welcomeMock({ errors: [new GraphQLError('refused', { extensions: { code: 'BAD_USER_INPUT', field: 'clientId', reason } })] }),
    ]);
    await user.click(await within(await settings()).findByRole('button', { name: 'Send Welcome E-mail' }));
    const outcome = await screen.findByRole('alert', { name: 'The welcome e-mail was not sent' });
    expect(outcome).toHaveTextContent(text);
  });
});

describe('why a letter cannot be sent', () => {
  it('lists every reason beside the disabled buttons before anyone presses them', async () => {
    renderAccount(
      aClientProfile({
        email: null,
        status: 'INACTIVE',
        portalAccessAllowed: false,
        accountLetterRefusals: ['NO_EMAIL', 'STATUS_DENIES_ACCESS', 'PORTAL_ACCESS_NOT_ALLOWED'],
      }),
    );
    const section = await settings();
    const welcome = await within(section).findByRole('button', { name: 'Send Welcome E-mail' });
    expect(welcome).toBeDisabled();
    expect(within(section).getByRole('button', { name: 'Send Password Reset E-mail' })).toBeDisabled();
    expect(within(section).getByText('A letter cannot be sent now, for 3 reasons:')).toBeInTheDocument();
    const reasons = within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(reasons).toEqual([
      'The client has no e-mail address. Add one in Identification Data first.',
      expect.stringMatching(/status does not allow Client Portal access/),
      expect.stringMatching(/"Allow access to the Client Portal" is not ticked/),
    ]);
    expect(welcome).toHaveAccessibleDescription(expect.stringContaining('no e-mail address'));
  });

  it('says that without a mail server letters wait in the Outbox, without refusing them', async () => {
    renderAccount(aClientProfile(), [{ request: { query: LetterDeliveryDocument }, result: { data: { mailDeliveryConfigured: false } } }]);
    const section = await settings();
    expect(await within(section).findByText(/No mail server is configured/)).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Send Welcome E-mail' })).toBeEnabled();
  });

  it('names every reason the API gave when it refuses a letter after all', async () => {
    const user = userEvent.setup();
    const refused = new GraphQLError('refused', {
      extensions: { code: 'BAD_USER_INPUT', field: 'clientId', reason: 'NO_EMAIL', reasons: ['NO_EMAIL', 'GROUP_DENIES_ACCESS'] },
    });
    renderAccount(aClientProfile(), [welcomeMock({ errors: [refused] })]);
    await user.click(await within(await settings()).findByRole('button', { name: 'Send Welcome E-mail' }));
    const outcome = await screen.findByRole('alert', { name: 'The welcome e-mail was not sent' });
    expect(outcome).toHaveTextContent(/no e-mail address.*does not have "Access Allowed"/);
  });
});

describe('the account lock, the password and the sign-in attempts', () => {
  it('shows a locked account with the time and lifts the lock with Unlock', async () => {
    const user = userEvent.setup();
    const lockedUntil = '2030-03-12T14:05:00.000Z';
    renderAccount(aClientProfile({ isLocked: true, lockedUntil, hasPassword: false }), [
      {
        request: { query: UnlockClientAccountDocument, variables: { clientId: '10' } },
        result: { data: { unlockClientAccount: aClientProfile({ isLocked: false, lockedUntil: null, hasPassword: false }) } },
      },
    ]);
    const section = await settings();
    const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(lockedUntil));
    expect(await within(section).findByText(`Locked until ${time}`)).toBeInTheDocument();
    expect(within(section).getByText('Not set yet')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('The Client Portal account of Acme Pharmaceuticals GmbH is unlocked.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByText(/Locked until/)).not.toBeInTheDocument());
  });

  it('lists recent sign-in attempts with their real outcome', async () => {
    renderAccount(aClientProfile(), [
      attemptsMock(
        signInAttemptsAnswer([
          {
            id: '3',
            attemptedAt: '2030-01-02T10:00:00Z',
            outcome: 'ACCOUNT_LOCKED',
            ipAddress: '203.0.113.7',
            userAgent: 'Mozilla/5.0 (Windows NT 10.0) Firefox/130.0',
          },
          { id: '2', attemptedAt: '2030-01-02T09:59:00Z', outcome: 'WRONG_PASSWORD', ipAddress: '203.0.113.7' },
          { id: '1', attemptedAt: '2030-01-01T08:00:00Z', outcome: 'SUCCESS', ipAddress: '198.51.100.4' },
        ]),
      ),
    ]);
    const table = await screen.findByRole('table', { name: 'Sign-in attempts' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Account locked');
    expect(rows[1]).toHaveTextContent('203.0.113.7');
    expect(rows[1]).toHaveTextContent('Firefox on Windows');
    expect(rows[2]).toHaveTextContent('Wrong password');
    expect(rows[3]).toHaveTextContent('Signed in');
  });
});
