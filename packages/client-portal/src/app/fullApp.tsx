import './mantineStyles';

import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { UNSAFE_createBrowserHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './appRoutes';
import type { Handover } from '../first-visit/startPortal';

/**
 * The whole portal, with its GraphQL client, Mantine and every route; opened at `handover` when the first page hands over.
 * Routing is React Router's declarative mode: its data router is twice the code (17 kB after gzip) for
 * loaders and actions this portal does not use.
 */
export function renderFullApp(root: Root, handover?: Handover): void {
  const apolloClient = createApolloClient();
  // BASE_URL is Vite's `base`, `/portal/`: the API serves this app there. The history works with whole
  // addresses, the routes with addresses below it.
  const basename = import.meta.env.BASE_URL;
  const history = UNSAFE_createBrowserHistory({ v5Compat: true });
  if (handover) history.replace(`${basename.replace(/\/$/, '')}${handover.to}`, handover.state);
  root.render(
    <StrictMode>
      <AppProviders apolloClient={apolloClient}>
        <HistoryRouter history={history} basename={basename}>
          <AppRoutes />
        </HistoryRouter>
      </AppProviders>
    </StrictMode>,
  );
}
