/**
 * Which rights of the two rights grids do something, and which imply others: one declaration for
 * the API (which stores and enforces the rights) and the Home Portal (whose grids offer them).
 * A right that no screen or resolver checks is not offered; ticking Edit or Delete implies Display
 * and Browse in the same row, wherever that row offers them.
 */

export type ClientPortalAreaName = 'PROJECTS' | 'QUOTES' | 'REQUESTS' | 'FEEDBACK' | 'FILES' | 'MESSAGES' | 'PROFILE';
export type ClientPortalActionName = 'BROWSE' | 'DISPLAY' | 'ADD' | 'EDIT' | 'DELETE';

export type StaffDomainName =
  | 'CLIENTS'
  | 'CLIENT_GROUPS'
  | 'USER_MANAGEMENT'
  | 'PORTAL_CONFIGURATION'
  | 'PROJECTS'
  | 'QUOTES'
  | 'CLIENT_REQUESTS'
  | 'FEEDBACK'
  | 'FILES';
export type StaffActionName = 'BROWSE' | 'DISPLAY' | 'CREATE' | 'EDIT' | 'DELETE' | 'EXPORT';

/** What each Client Portal area checks: Browse lists, Display opens one, Add creates, Edit changes. */
export const clientPortalRightsOffered = {
  PROJECTS: ['BROWSE', 'DISPLAY', 'EDIT'], // Edit: review a delivered project
  QUOTES: ['BROWSE', 'DISPLAY', 'EDIT'], // Edit: accept or reject
  REQUESTS: ['BROWSE', 'DISPLAY', 'ADD', 'EDIT'], // Edit: change or withdraw a request the agency has not answered
  FEEDBACK: ['BROWSE', 'ADD'],
  FILES: ['BROWSE', 'DISPLAY', 'ADD'], // Display downloads, Add uploads
  MESSAGES: ['BROWSE', 'ADD'],
  PROFILE: ['DISPLAY', 'EDIT'],
} as const satisfies Record<ClientPortalAreaName, readonly ClientPortalActionName[]>;

/** What each Home Portal domain checks (Export is checked nowhere yet, so no domain offers it). */
export const staffRightsOffered = {
  CLIENTS: ['BROWSE', 'DISPLAY', 'CREATE', 'EDIT', 'DELETE'],
  CLIENT_GROUPS: ['BROWSE', 'CREATE', 'EDIT', 'DELETE'],
  USER_MANAGEMENT: ['BROWSE', 'CREATE', 'EDIT', 'DELETE'],
  PORTAL_CONFIGURATION: ['DISPLAY', 'EDIT'],
  PROJECTS: ['BROWSE', 'DISPLAY', 'CREATE', 'EDIT'],
  QUOTES: ['BROWSE', 'DISPLAY', 'CREATE', 'EDIT'],
  CLIENT_REQUESTS: ['BROWSE', 'DISPLAY', 'EDIT'],
  FEEDBACK: ['BROWSE', 'EDIT'],
  FILES: ['BROWSE', 'DISPLAY', 'CREATE'],
} as const satisfies Record<StaffDomainName, readonly StaffActionName[]>;

/** Ticking one of these implies the rights it names (where the row offers them). */
const impliedBy: Readonly<Record<string, readonly string[]>> = {
  EDIT: ['DISPLAY', 'BROWSE'],
  DELETE: ['DISPLAY', 'BROWSE'],
};

/** The rights `action` implies within a row offering `offered`. */
export function impliedRights<Action extends string>(offered: readonly Action[], action: Action): Action[] {
  return offered.filter((candidate) => impliedBy[action]?.includes(candidate));
}

/**
 * A row's rights as they are stored: only offered ones, each once, in the offered order, with every
 * implied right added. The API saves this; the grid never produces anything else.
 */
export function normalizeRowRights<Action extends string>(offered: readonly Action[], actions: readonly string[]): Action[] {
  const granted = new Set(offered.filter((action) => actions.includes(action)));
  for (const action of [...granted]) for (const implied of impliedRights(offered, action)) granted.add(implied);
  return offered.filter((action) => granted.has(action));
}

/**
 * One tick or untick in a grid row: ticking Edit or Delete ticks Display and Browse too; unticking
 * Browse or Display unticks what implies it.
 */
export function toggleRowRight<Action extends string>(
  offered: readonly Action[],
  actions: readonly Action[],
  action: Action,
  granted: boolean,
): Action[] {
  if (granted) return normalizeRowRights(offered, [...actions, action]);
  const kept = actions.filter((candidate) => candidate !== action && !impliedRights(offered, candidate).includes(action));
  return offered.filter((candidate) => kept.includes(candidate));
}

/** True when `action` does something in the Client Portal area. */
export function isClientPortalRightOffered(area: ClientPortalAreaName, action: string): boolean {
  return (clientPortalRightsOffered[area] as readonly string[]).includes(action);
}

/** True when `action` does something in the Home Portal domain. */
export function isStaffRightOffered(domain: StaffDomainName, action: string): boolean {
  return (staffRightsOffered[domain] as readonly string[]).includes(action);
}
