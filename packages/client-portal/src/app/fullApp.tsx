import './mantineStyles';

import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { appRoutes } from './appRoutes';
import type { Handover } from '../first-visit/startPortal';

/** The whole portal, with its GraphQL client, Mantine and every route; opened at `handover` when the first page hands over. */
export function renderFullApp(root: Root, handover?: Handover): void {
  const apolloClient = createApolloClient();
  // BASE_URL is Vite's `base`, `/portal/`: the API serves this app there.
  const router = createBrowserRouter(appRoutes, { basename: import.meta.env.BASE_URL });
  if (handover) void router.navigate(handover.to, { replace: true, state: handover.state });
  root.render(
    <StrictMode>
      <AppProviders apolloClient={apolloClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
