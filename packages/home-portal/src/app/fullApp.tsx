import './mantineStyles';

import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Handover } from '../first-visit/startPortal';
import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { appRoutes } from './appRoutes';

/** The whole Home Portal, with its GraphQL client, Mantine and every route; opened with `handover`'s state when the first page hands over. */
export function renderFullApp(root: Root, handover?: Handover): void {
  const apolloClient = createApolloClient();
  const router = createBrowserRouter(appRoutes, { basename: import.meta.env.BASE_URL });
  if (handover) void router.navigate(router.state.location, { replace: true, state: handover.state });
  root.render(
    <StrictMode>
      <AppProviders apolloClient={apolloClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
