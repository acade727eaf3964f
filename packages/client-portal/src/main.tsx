import './app/mantineStyles';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apolloClient';
import { AppProviders } from './app/AppProviders';
import { appRoutes } from './app/appRoutes';
import { i18nReady } from './i18n/i18n';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const apolloClient = createApolloClient();
// BASE_URL is Vite's `base`, `/portal/`: the API serves this app there.
const router = createBrowserRouter(appRoutes, { basename: import.meta.env.BASE_URL });

// A reader of another language than English waits for its texts rather than seeing English flash by.
void i18nReady.finally(() =>
  createRoot(rootElement).render(
    <StrictMode>
      <AppProviders apolloClient={apolloClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  ),
);
