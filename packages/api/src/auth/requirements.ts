import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import type { StaffRight } from '../staff/staff-rights';

/**
 * What `@Authorized(...)` may ask for; several mean "any one of them". Every resolver class
 * declares one, so a field nobody thought about is refused, not open.
 */

/** Anyone, signed in or not (signing in, the portal's branding, who is signed in). */
export const PUBLIC = 'PUBLIC';
/** Any signed-in staff member (`@Authorized()` with no argument means the same). */
export const STAFF = 'STAFF';
/** Any Client Portal session (a client, or staff signed in as one). */
export const CLIENT = 'CLIENT';
/** Staff or a Client Portal session: fields of records both portals show. */
export const VIEWER = 'VIEWER';

/** A right of the client's group in a Client Portal area, as `@Authorized` names it: `CLIENT:QUOTES:EDIT`. */
export type ClientRight = `CLIENT:${ClientPortalArea}:${ClientPortalAction}`;

export type Requirement = typeof PUBLIC | typeof STAFF | typeof CLIENT | typeof VIEWER | StaffRight | ClientRight;

export function clientRight(area: ClientPortalArea, action: ClientPortalAction): ClientRight {
  return `CLIENT:${area}:${action}`;
}

/** Named client rights, used in `@Authorized(...)` like the staff `Rights`. */
export const ClientRights = {
  PROJECTS_BROWSE: clientRight(ClientPortalArea.PROJECTS, ClientPortalAction.BROWSE),
  PROJECTS_DISPLAY: clientRight(ClientPortalArea.PROJECTS, ClientPortalAction.DISPLAY),
  PROJECTS_EDIT: clientRight(ClientPortalArea.PROJECTS, ClientPortalAction.EDIT),
  QUOTES_BROWSE: clientRight(ClientPortalArea.QUOTES, ClientPortalAction.BROWSE),
  QUOTES_DISPLAY: clientRight(ClientPortalArea.QUOTES, ClientPortalAction.DISPLAY),
  QUOTES_EDIT: clientRight(ClientPortalArea.QUOTES, ClientPortalAction.EDIT),
  REQUESTS_BROWSE: clientRight(ClientPortalArea.REQUESTS, ClientPortalAction.BROWSE),
  REQUESTS_DISPLAY: clientRight(ClientPortalArea.REQUESTS, ClientPortalAction.DISPLAY),
  REQUESTS_ADD: clientRight(ClientPortalArea.REQUESTS, ClientPortalAction.ADD),
  REQUESTS_EDIT: clientRight(ClientPortalArea.REQUESTS, ClientPortalAction.EDIT),
  FEEDBACK_BROWSE: clientRight(ClientPortalArea.FEEDBACK, ClientPortalAction.BROWSE),
  FEEDBACK_ADD: clientRight(ClientPortalArea.FEEDBACK, ClientPortalAction.ADD),
  FILES_BROWSE: clientRight(ClientPortalArea.FILES, ClientPortalAction.BROWSE),
  MESSAGES_BROWSE: clientRight(ClientPortalArea.MESSAGES, ClientPortalAction.BROWSE),
  MESSAGES_ADD: clientRight(ClientPortalArea.MESSAGES, ClientPortalAction.ADD),
  PROFILE_EDIT: clientRight(ClientPortalArea.PROFILE, ClientPortalAction.EDIT),
} as const;

/** The area and action of a client right. */
export function parseClientRight(requirement: string): { area: ClientPortalArea; action: ClientPortalAction } | null {
  const [kind, area, action] = requirement.split(':');
  if (kind !== 'CLIENT' || !area || !action) return null;
  return { area: area as ClientPortalArea, action: action as ClientPortalAction };
}

/** True for what only a Client Portal session can satisfy (CLIENT or a client right). */
export function isClientRequirement(requirement: string): boolean {
  return requirement === CLIENT || requirement.startsWith('CLIENT:');
}
