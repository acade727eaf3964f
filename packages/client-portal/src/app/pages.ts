import { lazyPage, type Preloadable } from './lazyPage';

/** Every page of the portal, each its own chunk (the sign-in page loads none of the signed-in areas' code). */
export const pages = {
  signedInLayout: lazyPage(() => import('./SignedInLayout'), 'SignedInLayout'),
  signIn: lazyPage(() => import('../auth/SignInPage'), 'SignInPage'),
  forgotPassword: lazyPage(() => import('../auth/ForgotPasswordPage'), 'ForgotPasswordPage'),
  setPassword: lazyPage(() => import('../auth/SetPasswordPage'), 'SetPasswordPage'),
  signInAsPartner: lazyPage(() => import('../auth/SignInAsPartnerPage'), 'SignInAsPartnerPage'),
  sessionEnded: lazyPage(() => import('../session/SessionEndedPage'), 'SessionEndedPage'),
  dashboard: lazyPage(() => import('../dashboard/DashboardPage'), 'DashboardPage'),
  profileLayout: lazyPage(() => import('../profile/ProfileLayout'), 'ProfileLayout'),
  profile: lazyPage(() => import('../profile/ProfilePage'), 'ProfilePage'),
  signInActivity: lazyPage(() => import('../profile/SignInActivityPage'), 'SignInActivityPage'),
  changePassword: lazyPage(() => import('../profile/ChangePasswordPage'), 'ChangePasswordPage'),
  projects: lazyPage(() => import('../projects/ProjectsPage'), 'ProjectsPage'),
  project: lazyPage(() => import('../projects/ProjectPage'), 'ProjectPage'),
  quotes: lazyPage(() => import('../quotes/QuotesPage'), 'QuotesPage'),
  quote: lazyPage(() => import('../quotes/QuotePage'), 'QuotePage'),
  requests: lazyPage(() => import('../requests/RequestsPage'), 'RequestsPage'),
  newRequest: lazyPage(() => import('../requests/NewRequestPage'), 'NewRequestPage'),
  request: lazyPage(() => import('../requests/RequestPage'), 'RequestPage'),
  editRequest: lazyPage(() => import('../requests/EditRequestPage'), 'EditRequestPage'),
  feedback: lazyPage(() => import('../feedback/FeedbackPage'), 'FeedbackPage'),
  files: lazyPage(() => import('../files/FilesPage'), 'FilesPage'),
};

/** The pages behind each link of the navigation (its list and the record pages reached from it). */
const pagesOfLink: Record<string, readonly Preloadable[]> = {
  '/': [pages.dashboard],
  '/projects': [pages.projects, pages.project],
  '/quotes': [pages.quotes, pages.quote],
  '/requests': [pages.requests, pages.request, pages.newRequest],
  '/feedback': [pages.feedback],
  '/files': [pages.files],
  '/profile': [pages.profileLayout, pages.profile, pages.signInActivity],
};

/** The pages a link leads to, fetched before it is followed (hover, focus, idle time). */
export function pagesBehind(to: string): readonly Preloadable[] {
  return pagesOfLink[to] ?? [];
}
