import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientGroupOptionsDocument } from '../clients.generated';
import { CatToolsDocument } from '../partner-aliases/partnerAliases.generated';
import { ClientProfileDocument, UpdateSystemAccountDocument } from '../profile/clientProfile.generated';
import { ClientSignInAttemptsDocument } from './clientPortalAccount.generated';
import { UpdateClientMessageLettersDocument } from './messageLetters.generated';
import { aClientProfile, catToolsAnswer, clientGroupOptions, signInAttemptsAnswer } from '../../test-support/clientFixtures';
import { aViewer, renderWithProviders, type Mock } from '../../test-support/renderWithProviders';
import { ClientProfilePage } from '../profile/ClientProfilePage';

const editor = aViewer(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY', 'CLIENTS:EDIT']);
const routes = [{ path: '/clients/:clientId/main-data?/:subtab?', element: <ClientProfilePage /> }];
const storedPreferences = {
  dateFormat: 'dd.MM.yyyy',
  timeFormat: null,
  decimalSeparator: ',',
  thousandsSeparator: '.',
  firstDayOfWeek: 'MONDAY',
  timeZone: 'Europe/Berlin',
} as const;

function renderSystemAccount(client: ReturnType<typeof aClientProfile>, mocks: Mock[] = []) {
  return renderWithProviders(null, {
    routes,
    path: '/clients/10/main-data/system-account',
    viewer: editor,
    mocks: [
      { request: { query: ClientProfileDocument, variables: { id: '10' } }, result: { data: { client } } },
      { request: { query: ClientGroupOptionsDocument }, result: { data: { clientGroups: clientGroupOptions } } },
      { request: { query: CatToolsDocument }, result: { data: { catTools: catToolsAnswer } } },
      {
        request: { query: ClientSignInAttemptsDocument, variables: { clientId: '10', first: 10 } },
        result: { data: { clientSignInAttempts: signInAttemptsAnswer() } },
      },
      ...mocks,
    ],
  });
}

function saveMock(input: Record<string, unknown>, result: Mock['result']): Mock {
  return {
    request: {
      query: UpdateSystemAccountDocument,
      variables: {
        input: {
          clientId: '10',
          version: 7,
          assignToStatus: true,
          groupId: null,
          portalAccessAllowed: true,
          preferredLanguage: 'DE',
          formatPreferences: storedPreferences,
          ...input,
        },
      },
    },
    result,
  };
}

const panel = () => screen.getByRole('tabpanel', { name: 'System Account' });

describe('System Account subtab', () => {
  it('lays out Username, Access Rights and Client Portal Settings as the reference does', async () => {
    renderSystemAccount(aClientProfile());

    expect(await screen.findByRole('textbox', { name: /^Username/ })).toHaveValue('ACME');
    expect(await screen.findByText('Usernames in external systems: XTM Cloud: acme.pharma')).toBeInTheDocument();
    const accessRights = screen.getByRole('group', { name: 'Access Rights' });
    expect(within(accessRights).getByRole('checkbox', { name: /Assign to Status/ })).toBeChecked();
    expect(within(accessRights).queryByRole('combobox', { name: /Assign to Group/ })).not.toBeInTheDocument();
    expect(within(accessRights).getByText('Can sign in to the Client Portal')).toBeInTheDocument();

    const settings = screen.getByRole('group', { name: 'Client Portal Settings' });
    expect(within(settings).getByRole('checkbox', { name: 'Allow access to the Client Portal' })).toBeChecked();
    expect(within(settings).getByRole('textbox', { name: 'Last Login Date' })).toHaveValue(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2025-03-04T08:15:00.000Z')),
    );
    expect(within(settings).getByRole('textbox', { name: 'Last Failed Login Date' })).toHaveValue('Never');
    expect(within(settings).getByRole('combobox', { name: /Preferred Language for Interface/ })).toHaveValue('German');
    const formats = within(settings).getByRole('table', { name: 'Format Preferences' });
    expect(within(formats).getByRole('row', { name: /Date format/ })).toHaveTextContent('dd.MM.yyyy');
    expect(within(formats).getByRole('row', { name: /Time format/ })).toHaveTextContent('Default for the language');
    expect(within(formats).getByRole('row', { name: /Thousands separator/ })).toHaveTextContent('Example: 1.234.567,89');
  });

  it('asks for a group once "Assign to Status" is unticked, and saves the chosen one', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({
      data: { updateSystemAccount: aClientProfile({ version: 8, assignToStatus: false, groupId: '4' }) },
    }));
    renderSystemAccount(aClientProfile(), [saveMock({ assignToStatus: false, groupId: '4' }, saved)]);

    await user.click(await screen.findByRole('checkbox', { name: /Assign to Status/ }));
    await user.click(within(panel()).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose a group, or tick "Assign to Status"')).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('combobox', { name: /Assign to Group/ }));
    await user.click(await screen.findByRole('option', { name: 'Key Accounts · allows sign-in' }));
    expect(screen.getByText('Will be able to sign in to the Client Portal')).toBeInTheDocument();
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('System Account saved.')).toBeInTheDocument();
  });

  it('edits the Format Preferences with a live example, and shows what the API refuses beside the preference', async () => {
    const user = userEvent.setup();
    const refused = new GraphQLError('Time format must contain the minutes (mm).', {
      extensions: { code: 'BAD_USER_INPUT', field: 'formatPreferences.timeFormat' },
    });
    renderSystemAccount(aClientProfile(), [
      saveMock({ formatPreferences: { ...storedPreferences, timeFormat: 'h:mm a', thousandsSeparator: '' } }, { errors: [refused] }),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Edit Preferences' }));
    const dialog = await screen.findByRole('dialog', { name: 'Format Preferences: User-defined Values' });
    const timeFormat = within(dialog).getByRole('textbox', { name: /Time format/ });
    expect(timeFormat).toBeDisabled();

    await user.click(within(dialog).getAllByRole('checkbox', { name: 'Default for the language' })[1] as HTMLElement);
    await user.type(timeFormat, 'h:mm');
    expect(await within(dialog).findByText(/A 12-hour pattern \(h\) needs AM\/PM/)).toBeInTheDocument();
    await user.type(timeFormat, ' a');
    expect(within(dialog).getByText(/^Example: \d{1,2}:\d{2} (AM|PM)$/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('combobox', { name: 'Thousands separator' }));
    await user.click(await screen.findByRole('option', { name: 'None (no grouping)' }));
    expect(within(dialog).getAllByText('Example: 1234567,89').length).toBeGreaterThan(0);

    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const formats = screen.getByRole('table', { name: 'Format Preferences' });
    expect(within(formats).getByRole('row', { name: /Time format/ })).toHaveTextContent('h:mm a');

    await user.click(within(panel()).getByRole('button', { name: 'Save' }));
    expect(await within(formats).findByText('Time format must contain the minutes (mm).')).toBeInTheDocument();
  });

  it("previews the access of unsaved changes with the API's rule, marks each group, and holds back what needs the saved state", async () => {
    const user = userEvent.setup();
    renderSystemAccount(aClientProfile({ canSignInAsPartner: true }));
    const accessRights = await screen.findByRole('group', { name: 'Access Rights' });
    expect(within(accessRights).getByText('Can sign in to the Client Portal')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in as this Partner' })).toBeEnabled();

    await user.click(within(accessRights).getByRole('checkbox', { name: /Assign to Status/ }));
    expect(within(accessRights).getByText(/the group chosen below decides/)).toBeInTheDocument();
    // No group chosen yet: the preview says so at once, before any save.
    expect(within(accessRights).getByText('Will not be able to sign in to the Client Portal')).toBeInTheDocument();
    expect(within(accessRights).getByText('Not saved yet')).toBeInTheDocument();

    await user.click(within(accessRights).getByRole('combobox', { name: /Assign to Group/ }));
    expect(await screen.findByRole('option', { name: 'Key Accounts · allows sign-in' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Potential · no access' }));
    expect(
      within(accessRights).getByText('The group "Potential" chosen in "Assign to Group" does not have "Access Allowed".'),
    ).toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Sign in as this Partner' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Send Welcome E-mail' })).toBeDisabled();
    expect(screen.getByText(/Save or discard your changes first/)).toBeInTheDocument();
  });

  it('sets when the client hears of messages by e-mail, saved as it is chosen', async () => {
    let saved = 0;
    renderSystemAccount(aClientProfile(), [
      {
        request: { query: UpdateClientMessageLettersDocument, variables: { clientId: '10', messageLetters: 'DAILY_DIGEST' } },
        result: () => {
          saved += 1;
          return { data: { updateClientMessageLetters: { __typename: 'Client', id: '10', messageLetters: 'DAILY_DIGEST' } } };
        },
      },
    ]);
    const select = await screen.findByRole('combobox', { name: /E-mails about messages/ });
    expect(select).toHaveValue('Immediately (at most one per conversation every few minutes)');
    await userEvent.click(select);
    await userEvent.click(await screen.findByRole('option', { name: 'Daily digest' }));
    await waitFor(() => expect(saved).toBe(1));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /E-mails about messages/ })).toHaveValue('Daily digest'));
  });
});
