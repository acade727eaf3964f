import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AuthGate } from '../auth/AuthGate';
import { RequireRight } from '../auth/RequireRight';
import type { StaffRight } from '../auth/useHasRight';
import {
  auditLogPage,
  clientPortalPage,
  feedbackPage,
  messagesPage,
  outboxPage,
  passwordPoliciesPage,
  projectsPage,
  quotesPage,
  requestsPage,
  signInAsPartnerLogPage,
} from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { pages } from './pages';
import { RouteWithErrorPage } from './RouteErrorPage';
import { StartPage } from './StartPage';

/** A page for staff holding one of `rights`. */
function guarded(rights: StaffRight[], page: ReactNode): ReactNode {
  return <RequireRight rights={rights}>{page}</RequireRight>;
}

/**
 * Every screen of the Home Portal sits behind the sign-in gate and inside the app shell. Each screen, and
 * the shell itself, is its own chunk (see pages.ts); the shell shows a loader while a screen arrives.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <AuthGate />,
    children: [
      {
        element: <pages.layout.Page />,
        children: [
          {
            // A page that fails while rendering shows a message inside the shell, not a blank screen.
            element: <RouteWithErrorPage />,
            children: [
              { index: true, element: <StartPage /> },
              { path: 'clients', element: guarded(['CLIENTS:BROWSE'], <pages.clients.Page />) },
              { path: 'clients/:clientId/main-data?/:subtab?', element: guarded(['CLIENTS:DISPLAY'], <pages.clientProfile.Page />) },
              { path: 'clients/:clientId/work', element: guarded(['CLIENTS:DISPLAY'], <pages.clientProfile.Page />) },
              { path: 'projects', element: guarded(projectsPage.rights, <pages.projects.Page />) },
              { path: 'projects/:projectId', element: guarded(['PROJECTS:DISPLAY'], <pages.projectDetail.Page />) },
              { path: 'quotes', element: guarded(quotesPage.rights, <pages.quotes.Page />) },
              { path: 'quotes/:quoteId', element: guarded(['QUOTES:DISPLAY'], <pages.quoteDetail.Page />) },
              { path: 'requests', element: guarded(requestsPage.rights, <pages.requests.Page />) },
              { path: 'requests/:requestId', element: guarded(['CLIENT_REQUESTS:DISPLAY'], <pages.requestDetail.Page />) },
              { path: 'feedback', element: guarded(feedbackPage.rights, <pages.feedback.Page />) },
              { path: 'messages', element: guarded(messagesPage.rights, <pages.messages.Page />) },
              { path: 'outbox/:letterId?', element: guarded(outboxPage.rights, <pages.outbox.Page />) },
              { path: 'configuration/users', element: guarded(['USER_MANAGEMENT:BROWSE'], <pages.users.Page />) },
              { path: 'configuration/user-groups', element: guarded(['USER_MANAGEMENT:BROWSE'], <pages.userGroups.Page />) },
              {
                path: 'configuration/sign-in-as-partner-log',
                element: guarded(signInAsPartnerLogPage.rights, <pages.signInAsPartnerLog.Page />),
              },
              { path: 'configuration/audit-log', element: guarded(auditLogPage.rights, <pages.auditLog.Page />) },
              { path: 'configuration/client-portal', element: guarded(clientPortalPage.rights, <pages.clientPortalSettings.Page />) },
              { path: 'configuration/password-policies', element: guarded(passwordPoliciesPage.rights, <pages.passwordPolicies.Page />) },
              { path: 'configuration/client-groups', element: guarded(['CLIENT_GROUPS:BROWSE'], <pages.clientGroups.Page />) },
              { path: 'configuration', element: <Navigate to="/" replace /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
