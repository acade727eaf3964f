import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConversationDocument, PostMessageDocument } from './messages.generated';
import { aViewer, renderWithProviders } from '../../test-support/renderWithProviders';
import { ConversationSection } from './ConversationSection';

const question = {
  __typename: 'Message',
  id: '1',
  body: 'Could you use our glossary?',
  authorName: 'Atlas Logistics Inc.',
  fromAgency: false,
  createdAt: '2026-03-02T09:00:00.000Z',
  attachments: [{ __typename: 'StoredFile', id: '40', fileName: 'glossary.csv', sizeBytes: 120, downloadUrl: '/files/40' }],
};

function conversation(messages: unknown[]) {
  return {
    request: { query: ConversationDocument, variables: { recordType: 'PROJECT', recordId: '6', withFiles: true } },
    result: {
      data: {
        conversation: {
          __typename: 'ConversationView',
          recordType: 'PROJECT',
          recordId: '6',
          clientId: '3',
          unreadCount: 0,
          readUpTo: '1',
          awaitingAnswer: true,
          canPost: true,
          messages,
        },
      },
    },
  };
}

describe('the conversation on a record in the Home Portal', () => {
  it('shows the client’s files for download and sends an answer', async () => {
    let posted = 0;
    renderWithProviders(<ConversationSection recordType="PROJECT" recordId="6" />, {
      viewer: aViewer(['PROJECTS:DISPLAY', 'PROJECTS:EDIT', 'FILES:BROWSE', 'FILES:DISPLAY', 'FILES:CREATE']),
      mocks: [
        conversation([question]),
        {
          request: { query: PostMessageDocument, variables: { recordType: 'PROJECT', recordId: '6', body: 'Yes, we will.', fileIds: [] } },
          result: () => {
            posted += 1;
            return { data: { postMessage: { __typename: 'Message', id: '2' } } };
          },
        },
        conversation([
          question,
          { ...question, id: '2', body: 'Yes, we will.', fromAgency: true, authorName: 'Anna Nowak', attachments: [] },
        ]),
      ],
    });
    const files = within(await screen.findByRole('list', { name: 'Files' }));
    expect(files.getByRole('link', { name: 'glossary.csv' })).toHaveAttribute('href', '/files/40');
    expect(screen.getByRole('button', { name: 'Attach files' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox'), 'Yes, we will.');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(posted).toBe(1));
    expect(await screen.findByText('Yes, we will.', { selector: 'p' })).toBeInTheDocument();
  });
});
