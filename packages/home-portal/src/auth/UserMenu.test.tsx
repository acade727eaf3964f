import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, renderWithProviders } from '../test-support/renderWithProviders';
import { UserMenu } from './UserMenu';

describe('the account menu', () => {
  it('keeps the focus on its button when the menu arrives in the stand-in’s place, and opens from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UserMenu />, { viewer: aViewer() });
    await user.tab();
    const standIn = screen.getByRole('button', { name: /^Account menu/ });
    expect(standIn).toHaveFocus();

    // The menu's code arrives when the browser is idle.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Account menu/ })).not.toBe(standIn), { timeout: 5000 });
    expect(screen.getByRole('button', { name: /^Account menu/ })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('opens when its button is pressed before the menu’s code arrived', async () => {
    const user = userEvent.setup();
    renderWithProviders(<UserMenu />, { viewer: aViewer() });
    await user.click(screen.getByRole('button', { name: /^Account menu/ }));
    expect(await screen.findByRole('menuitem', { name: 'Change password' })).toBeInTheDocument();
  });
});
