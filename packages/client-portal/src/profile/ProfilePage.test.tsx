import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChangeClientPasswordDocument, UpdateClientPreferencesDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

const atlas = aViewer({
  formatPreferences: {
    dateFormat: 'MM/dd/yyyy',
    timeFormat: 'h:mm a',
    decimalSeparator: null,
    thousandsSeparator: null,
    firstDayOfWeek: 'SUNDAY',
    timeZone: 'America/Chicago',
  },
});

describe('the Profile page', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('shows the personal data read-only and the preferences with live examples', async () => {
    renderPortal('/profile', { mocks: [viewerMock(atlas)] });

    const personalData = within(await screen.findByRole('region', { name: 'Personal data' }));
    expect(personalData.getByText('ATLAS')).toBeInTheDocument();
    expect(personalData.getByText('ops@atlas-logistics.example')).toBeInTheDocument();
    expect(personalData.queryByRole('textbox')).not.toBeInTheDocument();

    expect((screen.getByRole('combobox', { name: 'Date format' }) as HTMLInputElement).value).toMatch(
      /^MM\/dd\/yyyy \(\d\d\/\d\d\/\d{4}\)$/,
    );
    expect(screen.getByRole('combobox', { name: 'Decimal separator' })).toHaveValue('Default for my language');
    expect(screen.getByRole('combobox', { name: 'Decimal separator' })).toHaveAccessibleDescription('Example: 1,234,567.89');
    expect(screen.getByRole('combobox', { name: 'First day of the week' })).toHaveAccessibleDescription('Weeks start on Sunday.');
  });

  it('checks a pattern of the client’s own as it is typed and saves the preferences', async () => {
    const user = userEvent.setup();
    const save = jest.fn(() => ({
      data: { updateClientPreferences: aViewer({ ...atlas, formatPreferences: { ...atlas.formatPreferences, dateFormat: 'd MMM yyyy' } }) },
    }));
    renderPortal('/profile', {
      mocks: [
        viewerMock(atlas),
        {
          request: {
            query: UpdateClientPreferencesDocument,
            variables: {
              input: {
                preferredLanguage: 'EN',
                formatPreferences: {
                  dateFormat: 'd MMM yyyy',
                  timeFormat: 'h:mm a',
                  decimalSeparator: null,
                  thousandsSeparator: null,
                  firstDayOfWeek: 'SUNDAY',
                  timeZone: 'America/Chicago',
                },
              },
            },
          },
          result: save,
        },
      ],
    });

    await user.click(await screen.findByRole('combobox', { name: 'Date format' }));
    await user.click(await screen.findByRole('option', { name: 'Other pattern…' }));
    const pattern = await screen.findByRole('textbox', { name: 'Date pattern' });
    await user.type(pattern, 'd MMM');
    expect(await screen.findByText('The pattern needs a day (d), a month (M) and a year (y).')).toBeInTheDocument();
    await user.type(pattern, ' yyyy');
    await waitFor(() => expect(screen.queryByText('The pattern needs a day (d), a month (M) and a year (y).')).not.toBeInTheDocument());
    expect(screen.getByRole('combobox', { name: 'Date format' })).toHaveAccessibleDescription(/^Example: \d{1,2} [A-Z][a-z]{2} \d{4}$/);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your preferences are saved.')).toBeInTheDocument();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('puts the server’s refusal on the field it names', async () => {
    const user = userEvent.setup();
    renderPortal('/profile', {
      mocks: [
        viewerMock(atlas),
        {
          request: { query: UpdateClientPreferencesDocument, variables: () => true },
          result: {
            errors: [
              {
                message: '"Mars/Olympus" is not a known time zone; use an IANA name such as Europe/Berlin.',
                extensions: { code: 'BAD_USER_INPUT', field: 'formatPreferences.timeZone' },
              },
            ],
          },
        },
      ],
    });

    await user.click(await screen.findByRole('combobox', { name: 'Thousands separator' }));
    await user.click(await screen.findByRole('option', { name: 'Space' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/is not a known time zone/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveAccessibleDescription(/is not a known time zone/);
  });

  it('shows the preferences without a way to change them when the client lacks Profile Edit', async () => {
    renderPortal('/profile', { mocks: [viewerMock(aViewer({ ...atlas, rights: [{ area: 'PROFILE', actions: ['BROWSE', 'DISPLAY'] }] }))] });

    expect(await screen.findByText(/can see these settings but not change them/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Date format' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Preferred Language' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('changes the password, telling a wrong current password on its field', async () => {
    const user = userEvent.setup();
    renderPortal('/profile', {
      mocks: [
        viewerMock(atlas),
        {
          request: {
            query: ChangeClientPasswordDocument,
            variables: { currentPassword: 'not my password', newPassword: 'a brand new secret' },
          },
          result: {
            errors: [{ message: 'The current password is not correct.', extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } }],
          },
        },
        {
          request: {
            query: ChangeClientPasswordDocument,
            variables: { currentPassword: 'portal-demo-2026', newPassword: 'a brand new secret' },
          },
          result: { data: { changeClientPassword: true } },
        },
      ],
    });

    const section = within(await screen.findByRole('region', { name: 'Change password' }));
    const current = section.getByLabelText(/^Current password/);
    await user.type(current, 'not my password');
    await user.type(section.getByLabelText(/^New password/), 'my atlas secret');
    expect(await section.findByText('The password must not contain your ID.')).toBeInTheDocument();
    await user.clear(section.getByLabelText(/^New password/));
    await user.type(section.getByLabelText(/^New password/), 'a brand new secret');
    await user.type(section.getByLabelText(/^Repeat the new password/), 'a brand new secret');
    await user.click(section.getByRole('button', { name: 'Change password' }));

    expect(await section.findByText('The current password is not correct.')).toBeInTheDocument();
    await user.clear(current);
    await user.type(current, 'portal-demo-2026');
    await user.click(section.getByRole('button', { name: 'Change password' }));
    expect(await section.findByText('Your password is changed.')).toBeInTheDocument();
    expect(current).toHaveValue('');
  });
});
