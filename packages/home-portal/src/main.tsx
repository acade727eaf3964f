import './app/mantineStyles';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apolloClient';
import { AppProviders } from './app/AppProviders';
import { appRoutes } from './app/appRoutes';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const apolloClient = createApolloClient();
const router = createBrowserRouter(appRoutes, { basename: import.meta.env.BASE_URL });

createRoot(rootElement).render(
  <StrictMode>
    <AppProviders apolloClient={apolloClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
