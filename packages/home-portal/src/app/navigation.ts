import type { ParseKeys } from 'i18next';
import type { StaffRight } from '../auth/useHasRight';

/** A page of the navbar, shown to staff holding any one of `rights` (the same rights its route asks for). */
export interface NavigationPage {
  to: string;
  label: ParseKeys;
  rights: StaffRight[];
}

/** A titled group of pages in the Configuration menu, as in the reference ("User Management", "Portals"). */
export interface NavigationSection {
  label: ParseKeys;
  pages: NavigationPage[];
}

export const clientsPage: NavigationPage = { to: '/clients', label: 'nav.clients', rights: ['CLIENTS:BROWSE'] };

/** Staff who send letters to clients read them back here; so do portal administrators. */
export const outboxPage: NavigationPage = { to: '/outbox', label: 'nav.outbox', rights: ['CLIENTS:EDIT', 'PORTAL_CONFIGURATION:DISPLAY'] };

/** The work the Client Portal shows clients, each list for staff who may browse it. */
export const projectsPage: NavigationPage = { to: '/projects', label: 'nav.projects', rights: ['PROJECTS:BROWSE'] };
export const quotesPage: NavigationPage = { to: '/quotes', label: 'nav.quotes', rights: ['QUOTES:BROWSE'] };
export const requestsPage: NavigationPage = { to: '/requests', label: 'nav.requests', rights: ['CLIENT_REQUESTS:BROWSE'] };
export const feedbackPage: NavigationPage = { to: '/feedback', label: 'nav.feedback', rights: ['FEEDBACK:BROWSE'] };
/** Conversations waiting for the agency's answer, for staff who may open the records they are on. */
export const messagesPage: NavigationPage = {
  to: '/messages',
  label: 'nav.messages',
  rights: ['PROJECTS:DISPLAY', 'QUOTES:DISPLAY', 'CLIENT_REQUESTS:DISPLAY'],
};

/** The pages at the top of the navbar, in order. */
export const topLevelPages: NavigationPage[] = [
  clientsPage,
  requestsPage,
  quotesPage,
  projectsPage,
  feedbackPage,
  messagesPage,
  outboxPage,
];

/** Who signed in as which client: for user administrators and portal administrators (the API's own rule). */
export const signInAsPartnerLogPage: NavigationPage = {
  to: '/configuration/sign-in-as-partner-log',
  label: 'nav.signInAsPartnerLog',
  rights: ['USER_MANAGEMENT:BROWSE', 'PORTAL_CONFIGURATION:DISPLAY'],
};

export const auditLogPage: NavigationPage = {
  to: '/configuration/audit-log',
  label: 'nav.auditLog',
  rights: ['USER_MANAGEMENT:BROWSE', 'PORTAL_CONFIGURATION:DISPLAY'],
};

export const clientPortalPage: NavigationPage = {
  to: '/configuration/client-portal',
  label: 'nav.clientPortal',
  rights: ['PORTAL_CONFIGURATION:DISPLAY'],
};

export const passwordPoliciesPage: NavigationPage = {
  to: '/configuration/password-policies',
  label: 'nav.passwordPolicies',
  rights: ['PORTAL_CONFIGURATION:DISPLAY'],
};

/** Configuration → User Management and Portals. */
export const configurationSections: NavigationSection[] = [
  {
    label: 'nav.userManagement',
    pages: [
      { to: '/configuration/users', label: 'nav.users', rights: ['USER_MANAGEMENT:BROWSE'] },
      { to: '/configuration/user-groups', label: 'nav.userGroups', rights: ['USER_MANAGEMENT:BROWSE'] },
      signInAsPartnerLogPage,
      auditLogPage,
    ],
  },
  {
    label: 'nav.portals',
    pages: [
      clientPortalPage,
      { to: '/configuration/client-groups', label: 'nav.clientGroups', rights: ['CLIENT_GROUPS:BROWSE'] },
      passwordPoliciesPage,
    ],
  },
];

function isVisible(page: NavigationPage, rights: readonly string[]): boolean {
  return page.rights.some((right) => rights.includes(right));
}

/** The pages `rights` open, for the navbar and for where to start after sign-in. */
export function visiblePages(rights: readonly string[]): { topLevel: NavigationPage[]; sections: NavigationSection[] } {
  return {
    topLevel: topLevelPages.filter((page) => isVisible(page, rights)),
    sections: configurationSections
      .map((section) => ({ ...section, pages: section.pages.filter((page) => isVisible(page, rights)) }))
      .filter((section) => section.pages.length > 0),
  };
}
