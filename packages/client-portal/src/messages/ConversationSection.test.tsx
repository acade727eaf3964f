import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MarkMyConversationReadDocument,
  MyConversationDocument,
  MyProjectDocument,
  PostMyMessageDocument,
  type ClientPortalArea,
} from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, anImpersonation, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aProject } from '../test-support/workFixtures';

const areas: ClientPortalArea[] = ['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'FILES', 'MESSAGES', 'PROFILE'];
const allActions = ['BROWSE', 'DISPLAY', 'ADD', 'EDIT', 'DELETE'] as const;
const withMessages = (overrides: Parameters<typeof aViewer>[0] = {}) =>
  aViewer({ rights: areas.map((area) => ({ area, actions: [...allActions] })), ...overrides });

const variables = { recordType: 'PROJECT', recordId: '6' } as const;
const agencyAnswer = {
  __typename: 'Message' as const,
  id: '2',
  body: 'Yes, Friday works.',
  authorName: 'Lingua',
  fromAgency: true,
  createdAt: '2026-03-02T10:00:00.000Z',
  attachments: [{ __typename: 'StoredFile' as const, id: '40', fileName: 'sample.docx', sizeBytes: 2048, downloadUrl: '/files/40' }],
};
const question = {
  __typename: 'Message' as const,
  id: '1',
  body: 'Could you deliver by Friday?',
  authorName: 'Atlas Freight',
  fromAgency: false,
  createdAt: '2026-03-02T09:00:00.000Z',
  attachments: [],
};

function conversationMock(messages: unknown[], extra: Record<string, unknown> = {}) {
  return {
    request: { query: MyConversationDocument, variables: { ...variables, withFiles: true } },
    result: {
      data: {
        myConversation: {
          __typename: 'ConversationView',
          recordType: 'PROJECT',
          recordId: '6',
          unreadCount: 1,
          readUpTo: '1',
          canPost: true,
          messages,
          ...extra,
        },
      },
    },
  };
}

const projectMock = {
  request: { query: MyProjectDocument, variables: { id: '6', withFiles: true, withFeedback: true } },
  result: { data: { myProject: aProject({ files: [], feedback: null }) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('messages on a project', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('shows the conversation with the agency’s new answer marked, marks it read and sends a question', async () => {
    let marked = 0;
    renderPortal('/projects/6', {
      mocks: [
        viewerMock(withMessages()),
        projectMock,
        conversationMock([question, agencyAnswer]),
        {
          request: { query: MarkMyConversationReadDocument, variables },
          result: () => {
            marked += 1;
            return { data: { markMyConversationRead: true } };
          },
        },
        {
          request: { query: PostMyMessageDocument, variables: { ...variables, body: 'Thank you!', fileIds: [], withFiles: true } },
          result: {
            data: { postMyMessage: { ...question, id: '3', body: 'Thank you!', createdAt: '2026-03-02T11:00:00.000Z' } },
          },
        },
        conversationMock([question, agencyAnswer, { ...question, id: '3', body: 'Thank you!' }], { unreadCount: 0, readUpTo: '3' }),
      ],
    });

    const section = within(await screen.findByRole('region', { name: 'Messages · new: 1' }));
    const listElement = section.getByRole('list', { name: 'Messages, oldest first' });
    // The messages themselves, not the files listed inside one.
    const items = within(listElement)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === listElement);
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Could you deliver by Friday?'),
      expect.stringContaining('Yes, Friday works.'),
    ]);
    expect(within(items[1]!).getByText('New')).toBeInTheDocument();
    expect(within(items[1]!).getByRole('link', { name: /sample\.docx/ })).toHaveAttribute('href', '/files/40');
    expect(within(items[0]!).queryByText('New')).not.toBeInTheDocument();
    await waitFor(() => expect(marked).toBe(1));

    await userEvent.type(section.getByRole('textbox', { name: 'Your message' }), 'Thank you!');
    await userEvent.click(section.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Thank you!')).toBeInTheDocument();
  });

  it('shows the answer box disabled in a read-only staff session and does not mark the client’s messages read', async () => {
    let marked = 0;
    renderPortal('/projects/6', {
      mocks: [
        viewerMock(withMessages({ impersonation: anImpersonation({ allowChanges: false }) })),
        projectMock,
        conversationMock([question, agencyAnswer]),
        {
          request: { query: MarkMyConversationReadDocument, variables },
          result: () => {
            marked += 1;
            return { data: { markMyConversationRead: true } };
          },
        },
      ],
    });
    const section = within(await screen.findByRole('region', { name: 'Messages · new: 1' }));
    expect(section.getByRole('textbox', { name: 'Your message' })).toBeDisabled();
    expect(section.getByText(/Read-only session/)).toBeInTheDocument();
    expect(marked).toBe(0);
  });

  it('is not shown without Messages Browse', async () => {
    renderPortal('/projects/6', { mocks: [viewerMock(aViewer()), projectMock] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Warehouse signage' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Messages/ })).not.toBeInTheDocument();
  });
});
