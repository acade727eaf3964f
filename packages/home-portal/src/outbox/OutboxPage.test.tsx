import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OutboxLetterDocument, OutboxLettersDocument, RetryLetterDocument, RevealLetterLinkDocument } from './outbox.generated';
import { aViewer, renderWithProviders, type Mock } from '../test-support/renderWithProviders';
import { OUTBOX_PAGE_SIZE, OutboxPage } from './OutboxPage';

const viewer = aViewer(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY', 'CLIENTS:EDIT']);
const routes = [{ path: '/outbox/:letterId?', element: <OutboxPage /> }];

function aLetter(id: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'OutboxLetter',
    id: String(id),
    createdAt: '2030-01-02T10:00:00.000Z',
    recipient: `client${id}@example.com`,
    subject: `Welcome ${id}`,
    kind: 'WELCOME',
    status: 'OUTBOX_ONLY',
    error: null,
    attempts: 0,
    sentAt: null,
    ...overrides,
  };
}

function listMock(letters: ReturnType<typeof aLetter>[], before: string | null = null, mailDeliveryConfigured = false): Mock {
  return {
    request: { query: OutboxLettersDocument, variables: before ? { first: OUTBOX_PAGE_SIZE, before } : { first: OUTBOX_PAGE_SIZE } },
    result: { data: { outboxLetters: letters, mailDeliveryConfigured } },
  };
}

function letterMock(letter: ReturnType<typeof aLetter>, bodies: Record<string, unknown> = {}): Mock {
  return {
    request: { query: OutboxLetterDocument, variables: { id: letter.id } },
    result: {
      data: {
        outboxLetter: {
          ...letter,
          clientId: '10',
          language: 'FR',
          requestedBy: 'Ada Admin',
          textBody:
            'Bonjour,\n\nDéfinissez votre mot de passe: https://portal.example/portal/welcome#token=••••••••\n\nVoir https://portal.example/portal/.\n\nMerci',
          htmlBody: '<p>Bonjour <script>alert(1)</script><a href="https://portal.example/portal/welcome#token=••••••••">ici</a></p>',
          hasLink: true,
          ...bodies,
        },
      },
    },
  };
}

describe('Outbox', () => {
  it('lists letters newest first and explains that without a mail server they are only kept here', async () => {
    renderWithProviders(null, {
      routes,
      path: '/outbox',
      viewer,
      mocks: [listMock([aLetter(2), aLetter(1, { status: 'FAILED', error: '550 Mailbox unavailable' })])],
    });

    expect(await screen.findByRole('heading', { name: 'Outbox' })).toBeInTheDocument();
    expect(await screen.findByRole('alert', { name: 'No mail server is configured' })).toHaveTextContent(/reveal its link/);
    const table = screen.getByRole('table', { name: 'Letters' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Time', 'Recipient', 'Subject', 'Kind', 'Status', 'Error']);
    expect(rows[1]).toHaveTextContent('client2@example.com');
    expect(rows[1]).toHaveTextContent('In the Outbox only');
    expect(rows[2]).toHaveTextContent('Failed');
    expect(rows[2]).toHaveTextContent('550 Mailbox unavailable');
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'Welcome 2' })).toHaveAttribute('href', '/outbox/2');
    expect(screen.getByText('2 letters, all shown.')).toBeInTheDocument();
  });

  it('says nothing about a mail server when one is configured, and shows an empty Outbox', async () => {
    renderWithProviders(null, { routes, path: '/outbox', viewer, mocks: [listMock([], null, true)] });
    expect(await screen.findByText(/No letters yet/)).toBeInTheDocument();
    expect(screen.queryByText('No mail server is configured')).not.toBeInTheDocument();
  });

  it('loads older letters with "Load more", before the last one shown', async () => {
    const user = userEvent.setup();
    const firstPage = Array.from({ length: OUTBOX_PAGE_SIZE }, (_, index) => aLetter(100 - index));
    renderWithProviders(null, {
      routes,
      path: '/outbox',
      viewer,
      mocks: [listMock(firstPage), listMock([aLetter(10), aLetter(9)], String(100 - OUTBOX_PAGE_SIZE + 1))],
    });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Welcome 9' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Letters' })).getAllByRole('row')).toHaveLength(OUTBOX_PAGE_SIZE + 3);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText(`${OUTBOX_PAGE_SIZE + 2} letters, all shown.`)).toBeInTheDocument();
  });

  it('opens a letter with clickable links in the text and the HTML in a sandboxed frame', async () => {
    const user = userEvent.setup();
    const letter = aLetter(7, { subject: 'Votre accès au portail' });
    renderWithProviders(null, { routes, path: '/outbox', viewer, mocks: [listMock([letter]), letterMock(letter)] });

    await user.click(await screen.findByRole('link', { name: 'Votre accès au portail' }));
    const dialog = await screen.findByRole('dialog', { name: 'Votre accès au portail' });
    expect(await within(dialog).findByRole('table', { name: 'Letter details' })).toHaveTextContent('French');
    const link = within(dialog).getByRole('link', { name: 'https://portal.example/portal/' });
    expect(link).toHaveAttribute('href', 'https://portal.example/portal/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    await user.click(within(dialog).getByRole('tab', { name: 'HTML' }));
    const frame = await within(dialog).findByTitle('HTML version of "Votre accès au portail"');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('<script>alert(1)</script>');
    expect(within(dialog).queryByRole('button', { name: 'Send again' })).not.toBeInTheDocument();
  });

  it("reveals a letter's link only on request, freshly minted, for staff who may send letters", async () => {
    const user = userEvent.setup();
    const letter = aLetter(8);
    const revealed = jest.fn(() => ({ data: { revealLetterLink: 'https://portal.example/portal/welcome#token=fresh-secret-123' } }));
    renderWithProviders(null, {
      routes,
      path: '/outbox/8',
      viewer,
      mocks: [
        listMock([letter]),
        letterMock(letter),
        { request: { query: RevealLetterLinkDocument, variables: { id: '8' } }, result: revealed },
      ],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Welcome 8' });
    expect(await within(dialog).findByText(/Every reveal is recorded in the audit log/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: /fresh-secret/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reveal the link' }));
    expect(
      await within(dialog).findByRole('link', { name: 'https://portal.example/portal/welcome#token=fresh-secret-123' }),
    ).toHaveAttribute('target', '_blank');
    expect(revealed).toHaveBeenCalledTimes(1);
  });

  it('offers no reveal to staff who may only read letters', async () => {
    const letter = aLetter(9);
    renderWithProviders(null, {
      routes,
      path: '/outbox/9',
      viewer: aViewer(['PORTAL_CONFIGURATION:DISPLAY']),
      mocks: [listMock([letter]), letterMock(letter)],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Welcome 9' });
    expect(await within(dialog).findByRole('button', { name: 'Reveal the link' })).toBeDisabled();
  });

  it('sends a failed letter again from the letter', async () => {
    const user = userEvent.setup();
    const failed = aLetter(5, { status: 'FAILED', error: '421 Try again later', attempts: 1 });
    renderWithProviders(null, {
      routes,
      path: '/outbox/5',
      viewer,
      mocks: [
        listMock([failed]),
        letterMock(failed),
        {
          request: { query: RetryLetterDocument, variables: { id: '5' } },
          result: { data: { retryLetter: { ...failed, status: 'SENT', error: null, attempts: 2, sentAt: '2030-01-02T10:05:00.000Z' } } },
        },
      ],
    });

    const dialog = await screen.findByRole('dialog', { name: 'Welcome 5' });
    expect(await within(dialog).findByText('421 Try again later')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send again' }));
    expect(await screen.findByText('The letter was sent to client5@example.com.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).queryByRole('button', { name: 'Send again' })).not.toBeInTheDocument());
  });

  it('says so when a letter does not exist', async () => {
    renderWithProviders(null, {
      routes,
      path: '/outbox/404',
      viewer,
      mocks: [
        listMock([]),
        {
          request: { query: OutboxLetterDocument, variables: { id: '404' } },
          result: { errors: [new GraphQLError('Letter 404 does not exist.', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByText('There is no letter at this address.')).toBeInTheDocument();
  });
});
