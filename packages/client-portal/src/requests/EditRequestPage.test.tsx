import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditMyRequestDocument, MyRequestDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { aViewer, viewerMock } from '../test-support/portalFixtures';
import { renderPortal } from '../test-support/renderWithProviders';
import { aHistoryEntry, aRequest } from '../test-support/workFixtures';

const open = aRequest({ version: 4, deadline: '2030-05-01T10:00:00.000Z', targetLanguages: ['fr-FR'] });

function requestMock(request = open) {
  return {
    request: { query: MyRequestDocument, variables: { id: '1', withFiles: false } },
    result: () => ({ data: { myRequest: request } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('editing a request', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('EN');
  });

  it('saves the corrected request with the version it was loaded at, then returns to the request', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({
      data: {
        editMyRequest: {
          ...open,
          name: 'Etikettentexte Serie C',
          version: 5,
          history: [...open.history, aHistoryEntry({ id: 'h2', event: 'EDITED', status: 'SUBMITTED' })],
        },
      },
    }));
    const { history } = renderPortal('/requests/1/edit', {
      mocks: [
        viewerMock(aViewer()),
        requestMock(),
        {
          request: {
            query: EditMyRequestDocument,
            variables: {
              input: {
                id: '1',
                version: 4,
                name: 'Etikettentexte Serie C',
                services: ['TRANSLATION'],
                sourceLanguage: 'de-DE',
                targetLanguages: ['fr-FR'],
                deadline: '2030-05-01T10:00:00.000Z',
                instructions: 'Use the terminology of project ACM.',
              },
            },
          },
          result: saved,
        },
      ],
    });

    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(screen.getByRole('heading', { level: 1, name: 'Edit request' })).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Etikettentexte Serie C');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Request R-00001 saved.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(history.location.pathname).toBe('/requests/1'));
  });

  it('says so when the agency answered meanwhile', async () => {
    const user = userEvent.setup();
    renderPortal('/requests/1/edit', {
      mocks: [
        viewerMock(aViewer()),
        requestMock(),
        {
          request: { query: EditMyRequestDocument, variables: () => true },
          result: {
            errors: [{ message: 'Already answered', extensions: { code: 'CONFLICT', reason: 'REQUEST_ANSWERED', status: 'QUOTED' } }],
          },
        },
      ],
    });
    await screen.findByRole('textbox', { name: /^Name/ });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The agency has answered this request meanwhile');
  });
});
