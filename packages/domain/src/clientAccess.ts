/**
 * The single rule of Client Portal access, shared by the API (which enforces it) and the Home
 * Portal (which previews it for a form not saved yet): with "Assign to Status" the status group
 * decides, otherwise the chosen group does; and the client's own access checkbox must be ticked too.
 */

/** What decides the client's group. */
export enum AccessAssignment {
  STATUS = 'STATUS',
  GROUP = 'GROUP',
}

/** Why a client cannot sign in; every reason that applies is given. */
export enum AccessDeniedReason {
  /** Assigned to status, and the status group (Potential, Inactive by default) has no access. */
  STATUS_DENIES_ACCESS = 'STATUS_DENIES_ACCESS',
  /** Assigned to a group that has no access. */
  GROUP_DENIES_ACCESS = 'GROUP_DENIES_ACCESS',
  /** "Assign to Status" is off but no group was picked. */
  NO_GROUP_ASSIGNED = 'NO_GROUP_ASSIGNED',
  /** The Client Portal Settings checkbox is off. */
  PORTAL_ACCESS_NOT_ALLOWED = 'PORTAL_ACCESS_NOT_ALLOWED',
}

/** What of a client the decision reads (ids as the caller holds them: numbers in the API, strings in a portal). */
export interface ClientAccessInputs<Id> {
  status: string;
  assignToStatus: boolean;
  groupId: Id | null;
  portalAccessAllowed: boolean;
}

/** What of a client group the decision reads. */
export interface AccessGroup<Id> {
  id: Id;
  statusGroupFor: string | null;
  accessAllowed: boolean;
}

export interface ClientAccessDecision<Group> {
  /** The group whose rights apply, or null when none is reached. */
  group: Group | null;
  assignedBy: AccessAssignment;
  canSignIn: boolean;
  /** Every reason access is denied; empty when canSignIn is true. */
  deniedReasons: AccessDeniedReason[];
}

/** Decides a client's Client Portal access from its settings and every client group. */
export function decideClientAccess<Id, Group extends AccessGroup<Id>>(
  client: ClientAccessInputs<Id>,
  groups: readonly Group[],
): ClientAccessDecision<Group> {
  const assignedBy = client.assignToStatus ? AccessAssignment.STATUS : AccessAssignment.GROUP;
  const group = client.assignToStatus
    ? (groups.find((candidate) => candidate.statusGroupFor === client.status) ?? null)
    : (groups.find((candidate) => client.groupId !== null && candidate.id === client.groupId) ?? null);
  const deniedReasons: AccessDeniedReason[] = [];
  if (!group) deniedReasons.push(AccessDeniedReason.NO_GROUP_ASSIGNED);
  else if (!group.accessAllowed)
    deniedReasons.push(client.assignToStatus ? AccessDeniedReason.STATUS_DENIES_ACCESS : AccessDeniedReason.GROUP_DENIES_ACCESS);
  if (!client.portalAccessAllowed) deniedReasons.push(AccessDeniedReason.PORTAL_ACCESS_NOT_ALLOWED);
  return { group, assignedBy, canSignIn: deniedReasons.length === 0, deniedReasons };
}

/** Why a welcome or password-reset letter cannot go to a client; every reason that applies is given. */
export enum AccountLetterRefusal {
  /** Client Portal 2.0 is not enabled, so the link would lead nowhere. */
  PORTAL_UNAVAILABLE = 'PORTAL_UNAVAILABLE',
  /** The client has no e-mail address. */
  NO_EMAIL = 'NO_EMAIL',
  STATUS_DENIES_ACCESS = 'STATUS_DENIES_ACCESS',
  GROUP_DENIES_ACCESS = 'GROUP_DENIES_ACCESS',
  NO_GROUP_ASSIGNED = 'NO_GROUP_ASSIGNED',
  PORTAL_ACCESS_NOT_ALLOWED = 'PORTAL_ACCESS_NOT_ALLOWED',
}

/**
 * Every reason a welcome or reset letter would be refused now, in the order a person fixes them:
 * the portal, the address, then each reason the client cannot sign in. Empty: the letter may go.
 * The API refuses the letter with these; the Home Portal lists them beside the buttons.
 */
export function accountLetterRefusals(facts: {
  portalAvailable: boolean;
  email: string | null;
  accessDeniedReasons: readonly AccessDeniedReason[];
}): AccountLetterRefusal[] {
  const refusals: AccountLetterRefusal[] = [];
  if (!facts.portalAvailable) refusals.push(AccountLetterRefusal.PORTAL_UNAVAILABLE);
  if (!facts.email) refusals.push(AccountLetterRefusal.NO_EMAIL);
  for (const reason of facts.accessDeniedReasons) refusals.push(AccountLetterRefusal[reason]);
  return refusals;
}
