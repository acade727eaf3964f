import type { RouteObject } from 'react-router';
import { LandingPage } from '../landing/LandingPage';
import { NotFoundPage } from './NotFoundPage';
import { PortalLayout } from './PortalLayout';

/** Paths are relative to the router's basename, `/portal/` in the browser. */
export const appRoutes: RouteObject[] = [
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <LandingPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
