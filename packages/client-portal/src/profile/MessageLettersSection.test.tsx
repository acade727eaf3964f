import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateMyMessageLettersDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, anImpersonation, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';

describe('e-mails about messages on the Profile page', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('shows the client’s choice and saves a daily digest when it is chosen', async () => {
    const save = jest.fn(() => ({ data: { updateMyMessageLetters: aViewer({ messageLetters: 'DAILY_DIGEST' }) } }));
    renderPortal('/profile', {
      mocks: [
        viewerMock(aViewer()),
        { request: { query: UpdateMyMessageLettersDocument, variables: { messageLetters: 'DAILY_DIGEST' } }, result: save },
      ],
    });
    const section = within(await screen.findByRole('region', { name: 'E-mails about messages' }));
    const group = within(section.getByRole('radiogroup', { name: 'When the agency writes to you' }));
    expect(group.getByRole('radio', { name: /^Right away/ })).toBeChecked();
    await userEvent.click(group.getByRole('radio', { name: /^Once a day/ }));
    expect(await section.findByRole('status')).toHaveTextContent('Saved.');
    expect(save).toHaveBeenCalledTimes(1);
    expect(group.getByRole('radio', { name: /^Once a day/ })).toBeChecked();
  });

  it('cannot be changed in a read-only staff session, and says why', async () => {
    renderPortal('/profile', {
      mocks: [viewerMock(aViewer({ messageLetters: 'NEVER', impersonation: anImpersonation({ allowChanges: false }) }))],
    });
    const section = within(await screen.findByRole('region', { name: 'E-mails about messages' }));
    expect(section.getByRole('radio', { name: 'Never' })).toBeChecked();
    expect(section.getByRole('radio', { name: /^Right away/ })).toBeDisabled();
    // Said once on the page, by the Preferences section.
    expect(screen.getAllByText(/Read-only session/)).toHaveLength(1);
  });

  it('speaks Polish for a Polish client', async () => {
    await i18n.changeLanguage('PL');
    renderPortal('/profile', { mocks: [viewerMock(aViewer({ preferredLanguage: 'PL' }))] });
    expect(await screen.findByRole('region', { name: 'E-maile o wiadomościach' })).toBeInTheDocument();
  });
});
