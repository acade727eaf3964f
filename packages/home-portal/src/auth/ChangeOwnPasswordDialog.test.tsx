import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChangeStaffPasswordDocument } from './viewer.generated';
import { aViewer, renderWithProviders } from '../test-support/renderWithProviders';
import { UserMenu } from './UserMenu';

async function openDialog() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /account menu/i }));
  await user.click(await screen.findByRole('menuitem', { name: 'Change password' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Change your password' }) };
}

describe("changing one's own password", () => {
  it("needs the current password and shows the API's refusal on that field", async () => {
    const refused = new GraphQLError('The current password is not correct.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
    });
    renderWithProviders(<UserMenu />, {
      viewer: aViewer(),
      mocks: [
        {
          request: { query: ChangeStaffPasswordDocument, variables: { currentPassword: 'not mine 123', newPassword: 'a new secret 42' } },
          result: { errors: [refused] },
        },
      ],
    });
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText(/^Current password/, { selector: 'input' }), 'not mine 123');
    await user.type(within(dialog).getByLabelText(/^New password/, { selector: 'input' }), 'short');
    expect(within(dialog).getByText('Use at least 10 characters')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText(/^New password/, { selector: 'input' }));
    await user.type(within(dialog).getByLabelText(/^New password/, { selector: 'input' }), 'a new secret 42');
    await user.type(within(dialog).getByLabelText(/^Repeat the password/, { selector: 'input' }), 'a new secret 42');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByText('The current password is not correct.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Current password/, { selector: 'input' })).toHaveAccessibleDescription(/not correct/);
  });

  it('says when the password was changed', async () => {
    renderWithProviders(<UserMenu />, {
      viewer: aViewer(),
      mocks: [
        {
          request: { query: ChangeStaffPasswordDocument, variables: { currentPassword: 'my old one 123', newPassword: 'a new secret 42' } },
          result: { data: { changeStaffPassword: true } },
        },
      ],
    });
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText(/^Current password/, { selector: 'input' }), 'my old one 123');
    await user.type(within(dialog).getByLabelText(/^New password/, { selector: 'input' }), 'a new secret 42');
    await user.type(within(dialog).getByLabelText(/^Repeat the password/, { selector: 'input' }), 'a new secret 42');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password was changed.')).toBeInTheDocument();
  });
});
