import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { LetterDeliveryDocument } from '../clients/system-account/clientPortalAccount.generated';
import { ConversationDocument } from '../work/messages/messages.generated';
import { MockedProvider } from '@apollo/client/testing/react';
import { Notifications } from '@mantine/notifications';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Outlet, UNSAFE_createMemoryHistory, useRoutes, type RouteObject } from 'react-router';
import { createApolloCache, sessionEndedLink } from '../app/apolloClient';
import { createGuardedHistory, GuardedRouter } from '../app/guardedHistory';
import { AppMantineProvider } from '../app/AppMantineProvider';
import { ViewerContext, type Viewer } from '../auth/viewerContext';
import { i18n } from '../i18n/i18n';
import { UnsavedChangesProvider } from '../kit/UnsavedChangesGuard';

export type Mock = MockLink.MockedResponse<Record<string, unknown>, Record<string, unknown>>;

interface RenderOptions {
  mocks?: readonly Mock[];
  /** Where the app is when the test starts, for screens that read the address. */
  path?: string;
  routes?: RouteObject[];
  /** The signed-in staff member, for screens rendered on their own (the app's routes get theirs from AuthGate). */
  viewer?: Viewer;
}

/** A signed-in staff member holding `rights` (matrix rights such as `CLIENTS:EDIT`) and `specialRights`. */
export function aViewer(rights: string[] = [], specialRights: Viewer['specialRights'] = []): Viewer {
  return { id: '1', username: 'anna', fullName: 'Anna Nowak', rights, specialRights };
}

/**
 * Renders like the app does (translations, Mantine, the app's Apollo cache policies and links, a
 * router) with GraphQL answered by `mocks` instead of the API.
 */
/** Every record page shows its conversation; a test that does not look at it gets an empty one. */
const emptyConversation: Mock = {
  request: { query: ConversationDocument, variables: () => true },
  result: (variables: Record<string, unknown>) => ({
    data: {
      conversation: {
        __typename: 'ConversationView',
        recordType: variables.recordType,
        recordId: variables.recordId,
        unreadCount: 0,
        readUpTo: '0',
        awaitingAnswer: false,
        canPost: true,
        messages: [],
      },
    },
  }),
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Letters go out by e-mail unless a test says the server has no mail server. */
const mailServerConfigured: Mock = {
  request: { query: LetterDeliveryDocument },
  result: { data: { mailDeliveryConfigured: true } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function Routes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

export function renderWithProviders(ui: ReactNode, { mocks = [], path = '/', routes, viewer }: RenderOptions = {}): RenderResult {
  // A screen rendered alone is guarded like inside the layout (whose own guard then defers to this one).
  const screens: RouteObject[] = [
    {
      element: (
        <UnsavedChangesProvider>
          <Outlet />
        </UnsavedChangesProvider>
      ),
      children: routes ?? [{ path: '*', element: ui }],
    },
  ];
  const withViewer: RouteObject[] = viewer
    ? [
        {
          element: (
            <ViewerContext.Provider value={viewer}>
              <Outlet />
            </ViewerContext.Provider>
          ),
          children: screens,
        },
      ]
    : screens;
  const history = createGuardedHistory(UNSAFE_createMemoryHistory({ initialEntries: [path], v5Compat: true }));
  return render(
    <I18nextProvider i18n={i18n}>
      <AppMantineProvider env="test">
        <Notifications />
        <MockedProvider
          link={ApolloLink.from([sessionEndedLink, new MockLink([...mocks, emptyConversation, mailServerConfigured])])}
          cache={createApolloCache()}
        >
          <GuardedRouter history={history}>
            <Routes routes={withViewer} />
          </GuardedRouter>
        </MockedProvider>
      </AppMantineProvider>
    </I18nextProvider>,
  );
}
