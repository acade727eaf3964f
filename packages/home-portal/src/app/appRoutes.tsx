import { Navigate, type RouteObject } from 'react-router';
import { AuthGate } from '../auth/AuthGate';
import { ClientsPage } from '../clients/ClientsPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/** Every screen of the Home Portal sits behind the sign-in gate and inside the app shell. */
export const appRoutes: RouteObject[] = [
  {
    element: <AuthGate />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/clients" replace /> },
          { path: 'clients', element: <ClientsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
