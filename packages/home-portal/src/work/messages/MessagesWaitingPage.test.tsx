import { screen, within } from '@testing-library/react';
import { ConversationsAwaitingAnswerDocument } from './messages.generated';
import { aViewer, renderWithProviders } from '../../test-support/renderWithProviders';
import { MessagesWaitingPage } from './MessagesWaitingPage';

describe('Messages waiting for an answer', () => {
  it('lists the conversations whose newest message is the client’s, with links to their records', async () => {
    renderWithProviders(<MessagesWaitingPage />, {
      path: '/messages',
      viewer: aViewer(['PROJECTS:DISPLAY', 'QUOTES:DISPLAY']),
      mocks: [
        {
          request: { query: ConversationsAwaitingAnswerDocument },
          result: {
            data: {
              conversationsAwaitingAnswer: [
                {
                  __typename: 'AwaitingConversation',
                  recordType: 'PROJECT',
                  recordId: '14',
                  number: 'P-00014',
                  name: 'User manual',
                  clientId: '3',
                  clientName: 'Atlas Freight',
                  lastMessageAt: '2030-01-02T10:00:00.000Z',
                },
              ],
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Messages waiting for an answer' });
    expect(within(table).getByRole('link', { name: 'P-00014 · User manual' })).toHaveAttribute('href', '/projects/14');
    expect(within(table).getByText('Atlas Freight')).toBeInTheDocument();
  });
});
