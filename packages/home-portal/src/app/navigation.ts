import type { ParseKeys } from 'i18next';
import type { StaffRight } from '../auth/useHasRight';

/** A page of the navbar, shown to staff holding `right`. */
export interface NavigationPage {
  to: string;
  label: ParseKeys;
  right: StaffRight;
}

/** A titled group of pages in the Configuration menu, as in the reference ("User Management", "Portals"). */
export interface NavigationSection {
  label: ParseKeys;
  pages: NavigationPage[];
}

export const clientsPage: NavigationPage = { to: '/clients', label: 'nav.clients', right: 'CLIENTS:BROWSE' };

/** Configuration → User Management and Portals. */
export const configurationSections: NavigationSection[] = [
  {
    label: 'nav.userManagement',
    pages: [
      { to: '/configuration/users', label: 'nav.users', right: 'USER_MANAGEMENT:BROWSE' },
      { to: '/configuration/user-groups', label: 'nav.userGroups', right: 'USER_MANAGEMENT:BROWSE' },
    ],
  },
  {
    label: 'nav.portals',
    pages: [{ to: '/configuration/client-groups', label: 'nav.clientGroups', right: 'CLIENT_GROUPS:BROWSE' }],
  },
];

/** The pages `rights` open, for the navbar and for where to start after sign-in. */
export function visiblePages(rights: readonly string[]): { clients: boolean; sections: NavigationSection[] } {
  return {
    clients: rights.includes(clientsPage.right),
    sections: configurationSections
      .map((section) => ({ ...section, pages: section.pages.filter((page) => rights.includes(page.right)) }))
      .filter((section) => section.pages.length > 0),
  };
}
