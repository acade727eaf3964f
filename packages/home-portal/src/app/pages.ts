import { lazyPage, type Preloadable } from './lazyPage';

/**
 * Every screen of the Home Portal, each its own chunk: the sign-in page loads none of the signed-in screens' code.
 * The first screens' texts come with the app; the others' arrive with the first of those screens (see i18n.ts).
 */
export const pages = {
  signIn: lazyPage(() => import('../auth/SignInPage'), 'SignInPage', { firstScreen: true }),
  layout: lazyPage(() => import('./AppLayout'), 'AppLayout', { firstScreen: true }),
  clients: lazyPage(() => import('../clients/ClientsPage'), 'ClientsPage', { firstScreen: true }),
  clientProfile: lazyPage(() => import('../clients/profile/ClientProfilePage'), 'ClientProfilePage'),
  projects: lazyPage(() => import('../work/projects/ProjectsPage'), 'ProjectsPage'),
  projectDetail: lazyPage(() => import('../work/projects/ProjectDetailPage'), 'ProjectDetailPage'),
  quotes: lazyPage(() => import('../work/quotes/QuotesPage'), 'QuotesPage'),
  quoteDetail: lazyPage(() => import('../work/quotes/QuoteDetailPage'), 'QuoteDetailPage'),
  requests: lazyPage(() => import('../work/requests/RequestsPage'), 'RequestsPage'),
  requestDetail: lazyPage(() => import('../work/requests/RequestDetailPage'), 'RequestDetailPage'),
  feedback: lazyPage(() => import('../work/feedback/FeedbackPage'), 'FeedbackPage'),
  messages: lazyPage(() => import('../work/messages/MessagesWaitingPage'), 'MessagesWaitingPage'),
  outbox: lazyPage(() => import('../outbox/OutboxPage'), 'OutboxPage'),
  users: lazyPage(() => import('../configuration/users/UsersPage'), 'UsersPage'),
  userGroups: lazyPage(() => import('../configuration/user-groups/UserGroupsPage'), 'UserGroupsPage'),
  signInAsPartnerLog: lazyPage(() => import('../configuration/sign-in-as-partner-log/SignInAsPartnerLogPage'), 'SignInAsPartnerLogPage'),
  auditLog: lazyPage(() => import('../configuration/audit-log/AuditLogPage'), 'AuditLogPage'),
  clientPortalSettings: lazyPage(() => import('../configuration/client-portal/ClientPortalSettingsPage'), 'ClientPortalSettingsPage'),
  passwordPolicies: lazyPage(() => import('../configuration/password-policies/PasswordPoliciesPage'), 'PasswordPoliciesPage'),
  clientGroups: lazyPage(() => import('../configuration/client-groups/ClientGroupsPage'), 'ClientGroupsPage'),
};

/** The screens behind each link of the navbar (its list and the record pages reached from it). */
const pagesOfLink: Record<string, readonly Preloadable[]> = {
  '/clients': [pages.clients, pages.clientProfile],
  '/projects': [pages.projects, pages.projectDetail],
  '/quotes': [pages.quotes, pages.quoteDetail],
  '/requests': [pages.requests, pages.requestDetail],
  '/feedback': [pages.feedback],
  '/messages': [pages.messages],
  '/outbox': [pages.outbox],
  '/configuration/users': [pages.users],
  '/configuration/user-groups': [pages.userGroups],
  '/configuration/sign-in-as-partner-log': [pages.signInAsPartnerLog],
  '/configuration/audit-log': [pages.auditLog],
  '/configuration/client-portal': [pages.clientPortalSettings],
  '/configuration/password-policies': [pages.passwordPolicies],
  '/configuration/client-groups': [pages.clientGroups],
};

/** The screens a link leads to, fetched before it is followed (hover, focus, idle time). */
export function pagesBehind(to: string): readonly Preloadable[] {
  return pagesOfLink[to] ?? [];
}
