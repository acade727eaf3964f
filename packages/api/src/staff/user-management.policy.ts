import { UserManagementRefusal } from '@portico/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { StaffViewerContext } from '../auth/context';
import { ForbiddenError } from '../common/errors';
import { Rights, type StaffRight } from './staff-rights';
import type { StaffUser } from './staff-user.entity';
import type { UserGroup } from './user-group.entity';

export { UserManagementRefusal };
registerEnumType(UserManagementRefusal, { name: 'UserManagementRefusal', description: 'Why a User Management action is refused.' });

@ObjectType({ description: 'Whether the viewer may do something, and if not, why (the Home Portal disables the action and says so).' })
export class ManagementDecision {
  @Field()
  allowed: boolean;

  @Field(() => UserManagementRefusal, { nullable: true })
  reason: UserManagementRefusal | null;

  @Field(() => [String], { description: 'For RIGHTS_NOT_HELD and TARGET_HOLDS_MORE_RIGHTS: the rights the viewer lacks.' })
  missingRights: string[];
}

const ALLOWED: ManagementDecision = { allowed: true, reason: null, missingRights: [] };

function refused(reason: UserManagementRefusal, missingRights: StaffRight[] = []): ManagementDecision {
  return { allowed: false, reason, missingRights: [...missingRights].sort() };
}

type Viewer = Pick<StaffViewerContext, 'user' | 'group' | 'rights'>;

/** Rights among `rights` that the viewer does not hold. */
function notHeld(viewer: Viewer, rights: Iterable<StaffRight>): StaffRight[] {
  return [...rights].filter((candidate) => !viewer.rights.has(candidate));
}

/** Refusals shared by every action on an existing user: administrators and stronger users are out of reach. */
function reachOver(viewer: Viewer, targetGroup: UserGroup): ManagementDecision {
  if (targetGroup.isAdministrators && !viewer.group.isAdministrators) return refused(UserManagementRefusal.ADMINISTRATORS_ONLY);
  const stronger = notHeld(viewer, targetGroup.grantedRights());
  return stronger.length ? refused(UserManagementRefusal.TARGET_HOLDS_MORE_RIGHTS, stronger) : ALLOWED;
}

export type UserAction = 'EDIT' | 'SET_PASSWORD' | 'DELETE';

const ACTION_RIGHTS: Record<UserAction, StaffRight> = {
  EDIT: Rights.USERS_EDIT,
  SET_PASSWORD: Rights.USERS_EDIT,
  DELETE: Rights.USERS_DELETE,
};

/**
 * Whether the viewer may act on an existing user: EDIT covers saving, deactivating, revoking
 * sessions and unlocking. The one place this is decided; the mutations enforce it and the
 * `StaffUser.can*` fields show it.
 */
export function evaluateUserAction(
  viewer: Viewer,
  action: UserAction,
  target: { user: Pick<StaffUser, 'id'>; group: UserGroup },
): ManagementDecision {
  if (!viewer.rights.has(ACTION_RIGHTS[action])) return refused(UserManagementRefusal.MISSING_RIGHT, [ACTION_RIGHTS[action]]);
  const self = target.user.id === viewer.user.id;
  if (self && action === 'SET_PASSWORD') return refused(UserManagementRefusal.OWN_PASSWORD);
  if (self && action === 'DELETE') return refused(UserManagementRefusal.SELF_DELETE);
  return reachOver(viewer, target.group);
}

/** Whether the viewer may put a user (a new one, or `userId`) into `group`. */
export function evaluateGroupAssignment(viewer: Viewer, group: UserGroup, userId: number | null): ManagementDecision {
  if (group.isAdministrators && !viewer.group.isAdministrators) return refused(UserManagementRefusal.ADMINISTRATORS_ONLY);
  if (userId === viewer.user.id && group.id !== viewer.group.id) return refused(UserManagementRefusal.OWN_GROUP_CHANGE);
  const beyond = notHeld(viewer, group.grantedRights());
  return beyond.length ? refused(UserManagementRefusal.RIGHTS_NOT_HELD, beyond) : ALLOWED;
}

/** Whether the viewer may change (`rights` given: to exactly those) or delete a user group. */
export function evaluateGroupChange(
  viewer: Viewer,
  action: 'EDIT' | 'DELETE',
  group: UserGroup,
  rights?: Iterable<StaffRight>,
): ManagementDecision {
  const needed = action === 'EDIT' ? Rights.USERS_EDIT : Rights.USERS_DELETE;
  if (!viewer.rights.has(needed)) return refused(UserManagementRefusal.MISSING_RIGHT, [needed]);
  if (group.isAdministrators) return refused(UserManagementRefusal.BUILT_IN_GROUP);
  if (group.id === viewer.group.id) return refused(UserManagementRefusal.OWN_GROUP);
  const stronger = notHeld(viewer, group.grantedRights());
  if (stronger.length) return refused(UserManagementRefusal.TARGET_HOLDS_MORE_RIGHTS, stronger);
  const beyond = rights ? notHeld(viewer, rights) : [];
  return beyond.length ? refused(UserManagementRefusal.RIGHTS_NOT_HELD, beyond) : ALLOWED;
}

/** Whether the viewer may create a group with these rights. */
export function evaluateGroupCreation(viewer: Viewer, rights: Iterable<StaffRight>): ManagementDecision {
  if (!viewer.rights.has(Rights.USERS_CREATE)) return refused(UserManagementRefusal.MISSING_RIGHT, [Rights.USERS_CREATE]);
  const beyond = notHeld(viewer, rights);
  return beyond.length ? refused(UserManagementRefusal.RIGHTS_NOT_HELD, beyond) : ALLOWED;
}

const MESSAGES: Record<UserManagementRefusal, string> = {
  MISSING_RIGHT: 'Your user group lacks the User Management right this needs.',
  ADMINISTRATORS_ONLY: 'Only administrators may put someone into Administrators or change an administrator.',
  TARGET_HOLDS_MORE_RIGHTS: 'This holds rights your own user group lacks, so you may not change it.',
  RIGHTS_NOT_HELD: 'You may only grant rights your own user group holds.',
  OWN_GROUP: 'You cannot change the rights of your own user group; ask another user manager.',
  OWN_GROUP_CHANGE: 'You cannot move yourself to another user group; ask another user manager.',
  OWN_PASSWORD: 'Change your own password with your current one (your profile), not here.',
  SELF_DELETE: 'You cannot delete your own account.',
  BUILT_IN_GROUP: 'The Administrators group always holds every right, keeps its name and cannot be deleted.',
};

/** Throws FORBIDDEN with the decision's reason unless it allows the action. */
export function enforce(decision: ManagementDecision): void {
  if (decision.allowed || !decision.reason) return;
  const missing = decision.missingRights.length ? ` (${decision.missingRights.join(', ')})` : '';
  throw new ForbiddenError(`${MESSAGES[decision.reason]}${missing}`, { reason: decision.reason, missingRights: decision.missingRights });
}
