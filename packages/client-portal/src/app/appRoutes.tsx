import type { ReactNode } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { RedirectIfSignedIn, RequireRight, RequireSignedIn } from '../session/routeGuards';
import { SessionRoot } from '../session/SessionRoot';
import type { ClientPortalAction, ClientPortalArea } from '../gql/graphql';
import { NotFoundPage } from './NotFoundPage';
import { pages } from './pages';

/** A page the client's rights must open (an address typed in gets the same check as the navigation). */
function guarded(area: ClientPortalArea, action: ClientPortalAction, page: ReactNode): ReactNode {
  return (
    <RequireRight area={area} action={action}>
      {page}
    </RequireRight>
  );
}

/**
 * Paths are relative to the router's basename, `/portal/` in the browser. The paths of the letters'
 * links (`welcome`, `reset-password`, `profile/activity`) and of the Home Portal's `sign-in-as-partner`
 * are fixed by the API. Each page is its own chunk (see pages.ts); the layout shows a loader while one arrives.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <SessionRoot />,
    children: [
      {
        element: <RedirectIfSignedIn />,
        children: [
          { path: 'sign-in', element: <pages.signIn.Page /> },
          { path: 'forgot-password', element: <pages.forgotPassword.Page /> },
        ],
      },
      // A link from a letter or from the Home Portal works whoever is signed in in this browser.
      { path: 'welcome', element: <pages.setPassword.Page key="welcome" purpose="welcome" /> },
      { path: 'reset-password', element: <pages.setPassword.Page key="reset" purpose="reset" /> },
      { path: 'sign-in-as-partner', element: <pages.signInAsPartner.Page /> },
      { path: 'session-ended', element: <pages.sessionEnded.Page /> },
      {
        element: <RequireSignedIn />,
        children: [
          { index: true, element: <pages.dashboard.Page /> },
          {
            path: 'profile',
            element: <pages.profileLayout.Page />,
            children: [
              { index: true, element: guarded('PROFILE', 'DISPLAY', <pages.profile.Page />) },
              // Every signed-in client sees who signed in to its portal; the staff-session letters link here.
              { path: 'activity', element: <pages.signInActivity.Page /> },
            ],
          },
          { path: 'password', element: <pages.changePassword.Page /> },
          // Browse opens an area's list, Display one record, Add the form for a new one.
          {
            path: 'projects',
            children: [
              { index: true, element: guarded('PROJECTS', 'BROWSE', <pages.projects.Page />) },
              { path: ':projectId', element: guarded('PROJECTS', 'DISPLAY', <pages.project.Page />) },
            ],
          },
          {
            path: 'quotes',
            children: [
              { index: true, element: guarded('QUOTES', 'BROWSE', <pages.quotes.Page />) },
              { path: ':quoteId', element: guarded('QUOTES', 'DISPLAY', <pages.quote.Page />) },
            ],
          },
          {
            path: 'requests',
            children: [
              { index: true, element: guarded('REQUESTS', 'BROWSE', <pages.requests.Page />) },
              { path: 'new', element: guarded('REQUESTS', 'ADD', <pages.newRequest.Page />) },
              { path: ':requestId', element: guarded('REQUESTS', 'DISPLAY', <pages.request.Page />) },
              { path: ':requestId/edit', element: guarded('REQUESTS', 'EDIT', <pages.editRequest.Page />) },
            ],
          },
          { path: 'feedback', element: guarded('FEEDBACK', 'BROWSE', <pages.feedback.Page />) },
          { path: 'files', element: guarded('FILES', 'BROWSE', <pages.files.Page />) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The portal's screens for the current address (React Router's declarative mode; see fullApp). */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
