import { normalizeRowRights, staffRightsOffered } from '@portico/domain';
import { registerEnumType } from 'type-graphql';

/** The parts of the Home Portal a user group's rights matrix covers. */
export enum StaffDomain {
  CLIENTS = 'CLIENTS',
  CLIENT_GROUPS = 'CLIENT_GROUPS',
  USER_MANAGEMENT = 'USER_MANAGEMENT',
  PORTAL_CONFIGURATION = 'PORTAL_CONFIGURATION',
  PROJECTS = 'PROJECTS',
  QUOTES = 'QUOTES',
  CLIENT_REQUESTS = 'CLIENT_REQUESTS',
  FEEDBACK = 'FEEDBACK',
  /** Files of projects and requests: Browse sees them listed on a record, Display downloads, Create uploads. */
  FILES = 'FILES',
}

/** The actions of the matrix's columns. */
export enum StaffAction {
  BROWSE = 'BROWSE',
  DISPLAY = 'DISPLAY',
  CREATE = 'CREATE',
  EDIT = 'EDIT',
  DELETE = 'DELETE',
  EXPORT = 'EXPORT',
}

/** Rights outside the matrix, granted one by one. */
export enum SpecialRight {
  /** Start a Client Portal session as a client ("Sign in as this Partner"). */
  SIGN_IN_AS_PARTNER = 'SIGN_IN_AS_PARTNER',
  /** Choose "allow changes" when signing in as a client; without it such sessions are read-only. */
  SIGN_IN_AS_PARTNER_WITH_CHANGES = 'SIGN_IN_AS_PARTNER_WITH_CHANGES',
}

registerEnumType(StaffDomain, { name: 'StaffDomain', description: 'An area of the Home Portal covered by user group rights.' });
registerEnumType(StaffAction, { name: 'StaffAction', description: 'An action a user group may be allowed in a domain.' });
registerEnumType(SpecialRight, {
  name: 'SpecialRight',
  description: 'A right granted on its own, outside the domain × action matrix.',
  valuesConfig: {
    SIGN_IN_AS_PARTNER: { description: 'May use "Sign in as this Partner" to enter the Client Portal as a client (read-only).' },
    SIGN_IN_AS_PARTNER_WITH_CHANGES: { description: '"Sign in as Partner with changes": may allow changes when signing in as a client.' },
  },
});

/** A right as the authChecker sees it: `CLIENTS:EDIT`, or a special right such as `SIGN_IN_AS_PARTNER`. */
export type StaffRight = `${StaffDomain}:${StaffAction}` | SpecialRight;

export function right(domain: StaffDomain, action: StaffAction): StaffRight {
  return `${domain}:${action}`;
}

/** Named rights used in `@Authorized(...)`, so a resolver states plainly what it needs. */
export const Rights = {
  CLIENTS_BROWSE: right(StaffDomain.CLIENTS, StaffAction.BROWSE),
  CLIENTS_DISPLAY: right(StaffDomain.CLIENTS, StaffAction.DISPLAY),
  CLIENTS_CREATE: right(StaffDomain.CLIENTS, StaffAction.CREATE),
  CLIENTS_EDIT: right(StaffDomain.CLIENTS, StaffAction.EDIT),
  CLIENTS_DELETE: right(StaffDomain.CLIENTS, StaffAction.DELETE),
  CLIENT_GROUPS_BROWSE: right(StaffDomain.CLIENT_GROUPS, StaffAction.BROWSE),
  CLIENT_GROUPS_CREATE: right(StaffDomain.CLIENT_GROUPS, StaffAction.CREATE),
  CLIENT_GROUPS_EDIT: right(StaffDomain.CLIENT_GROUPS, StaffAction.EDIT),
  CLIENT_GROUPS_DELETE: right(StaffDomain.CLIENT_GROUPS, StaffAction.DELETE),
  USERS_BROWSE: right(StaffDomain.USER_MANAGEMENT, StaffAction.BROWSE),
  USERS_CREATE: right(StaffDomain.USER_MANAGEMENT, StaffAction.CREATE),
  USERS_EDIT: right(StaffDomain.USER_MANAGEMENT, StaffAction.EDIT),
  USERS_DELETE: right(StaffDomain.USER_MANAGEMENT, StaffAction.DELETE),
  PORTAL_CONFIGURATION_DISPLAY: right(StaffDomain.PORTAL_CONFIGURATION, StaffAction.DISPLAY),
  PORTAL_CONFIGURATION_EDIT: right(StaffDomain.PORTAL_CONFIGURATION, StaffAction.EDIT),
  PROJECTS_BROWSE: right(StaffDomain.PROJECTS, StaffAction.BROWSE),
  PROJECTS_DISPLAY: right(StaffDomain.PROJECTS, StaffAction.DISPLAY),
  PROJECTS_CREATE: right(StaffDomain.PROJECTS, StaffAction.CREATE),
  PROJECTS_EDIT: right(StaffDomain.PROJECTS, StaffAction.EDIT),
  QUOTES_BROWSE: right(StaffDomain.QUOTES, StaffAction.BROWSE),
  QUOTES_DISPLAY: right(StaffDomain.QUOTES, StaffAction.DISPLAY),
  QUOTES_CREATE: right(StaffDomain.QUOTES, StaffAction.CREATE),
  QUOTES_EDIT: right(StaffDomain.QUOTES, StaffAction.EDIT),
  REQUESTS_BROWSE: right(StaffDomain.CLIENT_REQUESTS, StaffAction.BROWSE),
  REQUESTS_DISPLAY: right(StaffDomain.CLIENT_REQUESTS, StaffAction.DISPLAY),
  REQUESTS_EDIT: right(StaffDomain.CLIENT_REQUESTS, StaffAction.EDIT),
  FEEDBACK_BROWSE: right(StaffDomain.FEEDBACK, StaffAction.BROWSE),
  FEEDBACK_DISPLAY: right(StaffDomain.FEEDBACK, StaffAction.DISPLAY),
  FEEDBACK_EDIT: right(StaffDomain.FEEDBACK, StaffAction.EDIT),
  FILES_BROWSE: right(StaffDomain.FILES, StaffAction.BROWSE),
  FILES_DISPLAY: right(StaffDomain.FILES, StaffAction.DISPLAY),
  FILES_CREATE: right(StaffDomain.FILES, StaffAction.CREATE),
  SIGN_IN_AS_PARTNER: SpecialRight.SIGN_IN_AS_PARTNER,
  SIGN_IN_AS_PARTNER_WITH_CHANGES: SpecialRight.SIGN_IN_AS_PARTNER_WITH_CHANGES,
} as const;

/** Every matrix right, for the built-in Administrators group. */
export function allMatrixRights(): Record<StaffDomain, StaffAction[]> {
  const everything = Object.values(StaffAction);
  return Object.fromEntries(Object.values(StaffDomain).map((domain) => [domain, [...everything]])) as Record<StaffDomain, StaffAction[]>;
}

/** The actions that do something in `domain`, in the matrix's column order (`@portico/domain`). */
export function offeredStaffActions(domain: StaffDomain): StaffAction[] {
  return staffRightsOffered[domain].map((action) => StaffAction[action]);
}

/**
 * A row as it is stored: only rights that do something in the domain, in column order, with what Edit
 * and Delete imply (Display and Browse) added, the same rule the Home Portal's grid follows.
 */
export function normalizeStaffRow(domain: StaffDomain, actions: readonly StaffAction[]): StaffAction[] {
  return normalizeRowRights(offeredStaffActions(domain), actions);
}
