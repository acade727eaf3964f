import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AuthGate } from '../auth/AuthGate';
import { RequireRight } from '../auth/RequireRight';
import type { StaffRight } from '../auth/useHasRight';
import { ClientsPage } from '../clients/ClientsPage';
import { ClientProfilePage } from '../clients/profile/ClientProfilePage';
import { AuditLogPage } from '../configuration/audit-log/AuditLogPage';
import { ClientGroupsPage } from '../configuration/client-groups/ClientGroupsPage';
import { ClientPortalSettingsPage } from '../configuration/client-portal/ClientPortalSettingsPage';
import { SignInAsPartnerLogPage } from '../configuration/sign-in-as-partner-log/SignInAsPartnerLogPage';
import { UserGroupsPage } from '../configuration/user-groups/UserGroupsPage';
import { UsersPage } from '../configuration/users/UsersPage';
import { OutboxPage } from '../outbox/OutboxPage';
import { FeedbackPage } from '../work/feedback/FeedbackPage';
import { ProjectDetailPage } from '../work/projects/ProjectDetailPage';
import { ProjectsPage } from '../work/projects/ProjectsPage';
import { QuoteDetailPage } from '../work/quotes/QuoteDetailPage';
import { QuotesPage } from '../work/quotes/QuotesPage';
import { RequestDetailPage } from '../work/requests/RequestDetailPage';
import { RequestsPage } from '../work/requests/RequestsPage';
import { AppLayout } from './AppLayout';
import {
  auditLogPage,
  clientPortalPage,
  feedbackPage,
  outboxPage,
  projectsPage,
  quotesPage,
  requestsPage,
  signInAsPartnerLogPage,
} from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { StartPage } from './StartPage';

/** A page for staff holding one of `rights`. */
function guarded(rights: StaffRight[], page: ReactNode): ReactNode {
  return <RequireRight rights={rights}>{page}</RequireRight>;
}

/** Every screen of the Home Portal sits behind the sign-in gate and inside the app shell. */
export const appRoutes: RouteObject[] = [
  {
    element: <AuthGate />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            // A page that fails while rendering shows a message inside the shell, not a blank screen.
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <StartPage /> },
              { path: 'clients', element: guarded(['CLIENTS:BROWSE'], <ClientsPage />) },
              { path: 'clients/:clientId/main-data?/:subtab?', element: guarded(['CLIENTS:DISPLAY'], <ClientProfilePage />) },
              { path: 'clients/:clientId/work', element: guarded(['CLIENTS:DISPLAY'], <ClientProfilePage />) },
              { path: 'projects', element: guarded(projectsPage.rights, <ProjectsPage />) },
              { path: 'projects/:projectId', element: guarded(['PROJECTS:DISPLAY'], <ProjectDetailPage />) },
              { path: 'quotes', element: guarded(quotesPage.rights, <QuotesPage />) },
              { path: 'quotes/:quoteId', element: guarded(['QUOTES:DISPLAY'], <QuoteDetailPage />) },
              { path: 'requests', element: guarded(requestsPage.rights, <RequestsPage />) },
              { path: 'requests/:requestId', element: guarded(['CLIENT_REQUESTS:DISPLAY'], <RequestDetailPage />) },
              { path: 'feedback', element: guarded(feedbackPage.rights, <FeedbackPage />) },
              { path: 'outbox/:letterId?', element: guarded(outboxPage.rights, <OutboxPage />) },
              { path: 'configuration/users', element: guarded(['USER_MANAGEMENT:BROWSE'], <UsersPage />) },
              { path: 'configuration/user-groups', element: guarded(['USER_MANAGEMENT:BROWSE'], <UserGroupsPage />) },
              { path: 'configuration/sign-in-as-partner-log', element: guarded(signInAsPartnerLogPage.rights, <SignInAsPartnerLogPage />) },
              { path: 'configuration/audit-log', element: guarded(auditLogPage.rights, <AuditLogPage />) },
              { path: 'configuration/client-portal', element: guarded(clientPortalPage.rights, <ClientPortalSettingsPage />) },
              { path: 'configuration/client-groups', element: guarded(['CLIENT_GROUPS:BROWSE'], <ClientGroupsPage />) },
              { path: 'configuration', element: <Navigate to="/" replace /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
