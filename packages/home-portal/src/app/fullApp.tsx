import './mantineStyles';

import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { createPath, UNSAFE_createBrowserHistory, useRoutes } from 'react-router';
import type { Handover } from '../first-visit/startPortal';
import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { appRoutes } from './appRoutes';
import { createGuardedHistory, GuardedRouter } from './guardedHistory';

function AppRoutes() {
  return useRoutes(appRoutes);
}

/**
 * The whole Home Portal, with its GraphQL client, Mantine and every route; opened with `handover`'s state when the first page hands over.
 * Routing is React Router's declarative mode: its data router is twice the code (17 kB after gzip) for
 * loaders and actions this app does not use; the one thing it would give, asking before leaving a
 * form, is guardedHistory's.
 */
export function renderFullApp(root: Root, handover?: Handover): void {
  const apolloClient = createApolloClient();
  const history = createGuardedHistory(UNSAFE_createBrowserHistory({ v5Compat: true }));
  // By its path: given a whole location, React Router's history keeps that location's (empty) state.
  if (handover) history.replace(createPath(history.location), handover.state);
  root.render(
    <StrictMode>
      <AppProviders apolloClient={apolloClient}>
        <GuardedRouter history={history} basename={import.meta.env.BASE_URL}>
          <AppRoutes />
        </GuardedRouter>
      </AppProviders>
    </StrictMode>,
  );
}
