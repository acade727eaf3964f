import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { ForgotPasswordPage } from '../auth/ForgotPasswordPage';
import { SetPasswordPage } from '../auth/SetPasswordPage';
import { SignInAsPartnerPage } from '../auth/SignInAsPartnerPage';
import { SignInPage } from '../auth/SignInPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { FeedbackPage } from '../feedback/FeedbackPage';
import { FilesPage } from '../files/FilesPage';
import { ChangePasswordPage } from '../profile/ChangePasswordPage';
import { ProfileLayout } from '../profile/ProfileLayout';
import { ProfilePage } from '../profile/ProfilePage';
import { SignInActivityPage } from '../profile/SignInActivityPage';
import { ProjectPage } from '../projects/ProjectPage';
import { ProjectsPage } from '../projects/ProjectsPage';
import { QuotePage } from '../quotes/QuotePage';
import { QuotesPage } from '../quotes/QuotesPage';
import { NewRequestPage } from '../requests/NewRequestPage';
import { RequestPage } from '../requests/RequestPage';
import { RequestsPage } from '../requests/RequestsPage';
import { RedirectIfSignedIn, RequireRight, RequireSignedIn } from '../session/routeGuards';
import { SessionEndedPage } from '../session/SessionEndedPage';
import { SessionRoot } from '../session/SessionRoot';
import type { ClientPortalAction, ClientPortalArea } from '../gql/graphql';
import { NotFoundPage } from './NotFoundPage';

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
 * are fixed by the API.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <SessionRoot />,
    children: [
      {
        element: <RedirectIfSignedIn />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
        ],
      },
      // A link from a letter or from the Home Portal works whoever is signed in in this browser.
      { path: 'welcome', element: <SetPasswordPage key="welcome" purpose="welcome" /> },
      { path: 'reset-password', element: <SetPasswordPage key="reset" purpose="reset" /> },
      { path: 'sign-in-as-partner', element: <SignInAsPartnerPage /> },
      { path: 'session-ended', element: <SessionEndedPage /> },
      {
        element: <RequireSignedIn />,
        children: [
          { index: true, element: <DashboardPage /> },
          {
            path: 'profile',
            element: <ProfileLayout />,
            children: [
              { index: true, element: guarded('PROFILE', 'DISPLAY', <ProfilePage />) },
              // Every signed-in client sees who signed in to its portal; the staff-session letters link here.
              { path: 'activity', element: <SignInActivityPage /> },
            ],
          },
          { path: 'password', element: <ChangePasswordPage /> },
          // Browse opens an area's list, Display one record, Add the form for a new one.
          {
            path: 'projects',
            children: [
              { index: true, element: guarded('PROJECTS', 'BROWSE', <ProjectsPage />) },
              { path: ':projectId', element: guarded('PROJECTS', 'DISPLAY', <ProjectPage />) },
            ],
          },
          {
            path: 'quotes',
            children: [
              { index: true, element: guarded('QUOTES', 'BROWSE', <QuotesPage />) },
              { path: ':quoteId', element: guarded('QUOTES', 'DISPLAY', <QuotePage />) },
            ],
          },
          {
            path: 'requests',
            children: [
              { index: true, element: guarded('REQUESTS', 'BROWSE', <RequestsPage />) },
              { path: 'new', element: guarded('REQUESTS', 'ADD', <NewRequestPage />) },
              { path: ':requestId', element: guarded('REQUESTS', 'DISPLAY', <RequestPage />) },
            ],
          },
          { path: 'feedback', element: guarded('FEEDBACK', 'BROWSE', <FeedbackPage />) },
          { path: 'files', element: guarded('FILES', 'BROWSE', <FilesPage />) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
