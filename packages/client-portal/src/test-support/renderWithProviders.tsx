import { ApolloClient, ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import { UNSAFE_createMemoryHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { createPortalCache, sessionEndedLink } from '../app/apolloClient';
import { AppProviders } from '../app/AppProviders';
import { AppRoutes } from '../app/appRoutes';
import { brandingMock, dashboardMock, unreadNotificationsMock, viewerMock } from './portalFixtures';

interface RenderPortalOptions {
  /** Answers to the operations the screens send; branding, "nobody signed in", an empty dashboard and no unread notifications are added unless given. */
  mocks?: MockLink.MockedResponse[];
}

export interface RenderedPortal extends RenderResult {
  /** Where the portal is now (pathname, search, hash, state). */
  history: ReturnType<typeof UNSAFE_createMemoryHistory>;
  apolloClient: ApolloClient;
}

/**
 * Renders the whole Client Portal as the browser does, at `path` (relative to `/portal/`), with the
 * app's own providers, cache and session handling; only the network is replaced by `mocks`.
 */
export function renderPortal(path = '/', { mocks = [] }: RenderPortalOptions = {}): RenderedPortal {
  const names = new Set(
    mocks
      .map((mock) => mock.request.query.definitions.map((definition) => ('name' in definition ? definition.name?.value : undefined)))
      .flat(),
  );
  const defaults = [
    ...(names.has('ClientPortalBranding') ? [] : [brandingMock()]),
    ...(names.has('ClientViewer') ? [] : [viewerMock(null)]),
    ...(names.has('ClientDashboard') ? [] : [dashboardMock()]),
    ...(names.has('MyUnreadNotificationCount') ? [] : [unreadNotificationsMock(0)]),
  ];
  const cache = createPortalCache();
  const apolloClient = new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEndedLink(cache), new MockLink([...mocks, ...defaults], { showWarnings: true })]),
  });
  const history = UNSAFE_createMemoryHistory({ initialEntries: [path], v5Compat: true });
  const rendered = render(
    <AppProviders apolloClient={apolloClient} mantineEnv="test">
      <HistoryRouter history={history}>
        <AppRoutes />
      </HistoryRouter>
    </AppProviders>,
  );
  return { ...rendered, history, apolloClient };
}
