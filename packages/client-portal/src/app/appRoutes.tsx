import type { RouteObject } from 'react-router';
import { AreaPage } from '../areas/AreaPage';
import { ForgotPasswordPage } from '../auth/ForgotPasswordPage';
import { SetPasswordPage } from '../auth/SetPasswordPage';
import { SignInAsPartnerPage } from '../auth/SignInAsPartnerPage';
import { SignInPage } from '../auth/SignInPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { portalAreas } from '../navigation/portalAreas';
import { ChangePasswordPage } from '../profile/ChangePasswordPage';
import { ProfilePage } from '../profile/ProfilePage';
import { RedirectIfSignedIn, RequireRight, RequireSignedIn } from '../session/routeGuards';
import { SessionEndedPage } from '../session/SessionEndedPage';
import { SessionRoot } from '../session/SessionRoot';
import { NotFoundPage } from './NotFoundPage';

/**
 * Paths are relative to the router's basename, `/portal/` in the browser. The paths of the letters'
 * links (`welcome`, `reset-password`) and of the Home Portal's `sign-in-as-partner` are fixed by the API.
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
            element: (
              <RequireRight area="PROFILE" action="DISPLAY">
                <ProfilePage />
              </RequireRight>
            ),
          },
          { path: 'password', element: <ChangePasswordPage /> },
          // Each area's own pages (lists, details) go below its path as the API offers them.
          ...portalAreas.map(({ area, path }) => ({
            path,
            element: (
              <RequireRight area={area} action="BROWSE">
                <AreaPage area={area} />
              </RequireRight>
            ),
          })),
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
