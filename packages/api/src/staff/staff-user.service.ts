import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-event.entity';
import { changesBetween, recordAudit } from '../audit/audit.service';
import type { RequestContext, StaffViewerContext } from '../auth/context';
import { hashPassword } from '../auth/password';
import { PasswordPortal } from '../password-policies/password-policy.entity';
import { checkNewPassword } from '../password-policies/password-policy.service';
import { revokeAllStaffSessions } from '../auth/staff-session.service';
import { BadUserInputError, NotFoundError, RateLimitedError } from '../common/errors';
import { updateIfVersionMatches, withoutNewVersion } from '../common/optimistic-lock';
import { parseId } from '../common/ids';
import { checkPassword, unlockAccount } from '../rate-limits/password-guard';
import type { CreateStaffUserInput, UpdateStaffUserInput } from './staff.inputs';
import { StaffUser } from './staff-user.entity';
import { UserGroup } from './user-group.entity';
import { getUserGroup } from './user-group.service';
import { enforce, evaluateGroupAssignment, evaluateUserAction } from './user-management.policy';

/** The staff member acting, as the services need them: for the rules, the audit record and its address. */
export interface StaffActing {
  viewer: Pick<StaffViewerContext, 'user' | 'group' | 'rights'>;
  req?: Request;
}

export async function getStaffUser(dataSource: DataSource | EntityManager, rawId: string | number): Promise<StaffUser> {
  const id = parseId(rawId, 'id');
  const user = await dataSource.getRepository(StaffUser).findOneBy({ id });
  if (!user) throw new NotFoundError('User', id);
  return user;
}

export function listStaffUsers(dataSource: DataSource): Promise<StaffUser[]> {
  return dataSource.getRepository(StaffUser).find({ order: { fullName: 'ASC' } });
}

/** Special rights a user gains by moving from one group to another, for the audit record ("who received Sign in as Partner"). */
function gainedSpecialRights(from: UserGroup | null, to: UserGroup): string[] {
  const before = from?.grantedRights() ?? new Set();
  return to.specialRightsGranted().filter((special) => !before.has(special));
}

/** Creates a Home Portal user in a group the acting staff member may assign (create-admin passes no one: the server's operator). */
export async function createStaffUser(dataSource: DataSource, input: CreateStaffUserInput, acting: StaffActing | null): Promise<StaffUser> {
  const usernameKey = input.username.toLowerCase();
  const group = await getUserGroup(dataSource, input.groupId, 'groupId');
  if (acting) enforce(evaluateGroupAssignment(acting.viewer, group, null));
  if (await dataSource.getRepository(StaffUser).existsBy({ usernameKey })) {
    throw new BadUserInputError(`The username "${input.username}" is taken.`, 'username');
  }
  await checkNewPassword(dataSource, PasswordPortal.HOME_PORTAL, input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(StaffUser);
    const user = await repository.save(
      repository.create({
        username: input.username,
        usernameKey,
        fullName: input.fullName.trim(),
        email: input.email?.trim() || null,
        passwordHash,
        groupId: group.id,
        active: true,
        lastSignInAt: null,
      }),
    );
    await recordAudit(manager, {
      action: AuditAction.STAFF_USER_CREATED,
      actor: acting?.viewer.user ?? null,
      subjectStaffUserId: user.id,
      req: acting?.req,
      details: { username: user.username, group: group.name, specialRightsGranted: gainedSpecialRights(null, group) },
    });
    return user;
  });
}

/** Refuses a change that would leave nobody able to administer the Home Portal. */
async function assertAnotherActiveAdministrator(manager: DataSource | EntityManager, user: StaffUser): Promise<void> {
  const others = await manager
    .getRepository(StaffUser)
    .createQueryBuilder('user')
    .innerJoin(UserGroup, 'userGroup', 'userGroup.id = user.groupId')
    .where('userGroup.isAdministrators = 1 AND user.active = 1 AND user.id <> :id', { id: user.id })
    .getCount();
  if (others === 0) {
    throw new BadUserInputError('This is the last active administrator; make someone else an administrator first.', 'groupId', {
      reason: 'LAST_ADMINISTRATOR',
    });
  }
}

/** An existing user with the group it is in, for the rules. */
export async function userWithGroup(
  dataSource: DataSource | EntityManager,
  rawId: string | number,
): Promise<{ user: StaffUser; group: UserGroup }> {
  const user = await getStaffUser(dataSource, rawId);
  return { user, group: await getUserGroup(dataSource, user.groupId) };
}

export async function updateStaffUser(dataSource: DataSource, input: UpdateStaffUserInput, acting: StaffActing): Promise<StaffUser> {
  const target = await userWithGroup(dataSource, input.id);
  enforce(evaluateUserAction(acting.viewer, 'EDIT', target));
  const group = await getUserGroup(dataSource, input.groupId, 'groupId');
  if (group.id !== target.group.id) enforce(evaluateGroupAssignment(acting.viewer, group, target.user.id));
  if (target.user.id === acting.viewer.user.id && !input.active) throw new BadUserInputError('You cannot deactivate yourself.', 'active');
  const saved = await dataSource.transaction(async (manager) => {
    if (target.group.isAdministrators && target.user.active && (!group.isAdministrators || !input.active)) {
      await assertAnotherActiveAdministrator(manager, target.user);
    }
    const after = await updateIfVersionMatches(
      manager,
      StaffUser,
      'User',
      { id: target.user.id, version: input.version },
      {
        fullName: input.fullName.trim(),
        email: input.email?.trim() || null,
        groupId: group.id,
        active: input.active,
      },
    );
    const changes = changesBetween({ ...target.user, group: target.group.name }, { ...after, group: group.name }, [
      'fullName',
      'email',
      'group',
      'active',
    ]);
    if (Object.keys(changes).length) {
      await recordAudit(manager, {
        action: AuditAction.STAFF_USER_CHANGED,
        actor: acting.viewer.user,
        subjectStaffUserId: after.id,
        req: acting.req,
        details: {
          username: after.username,
          changes,
          specialRightsGranted: group.id === target.group.id ? [] : gainedSpecialRights(target.group, group),
        },
      });
    }
    return after;
  });
  if (!saved.active) await revokeAllStaffSessions(dataSource, saved.id);
  return saved;
}

/** Sets a new password (User Management) and ends every session the user had, the one as a client included. */
export async function setStaffUserPassword(dataSource: DataSource, rawId: string, password: string, acting: StaffActing): Promise<void> {
  const target = await userWithGroup(dataSource, rawId);
  enforce(evaluateUserAction(acting.viewer, 'SET_PASSWORD', target));
  await checkNewPassword(dataSource, PasswordPortal.HOME_PORTAL, password, target.user.username);
  const passwordHash = await hashPassword(password);
  await dataSource.transaction(async (manager) => {
    await manager.getRepository(StaffUser).update({ id: target.user.id }, withoutNewVersion({ passwordHash }));
    await recordAudit(manager, {
      action: AuditAction.STAFF_USER_PASSWORD_SET,
      actor: acting.viewer.user,
      subjectStaffUserId: target.user.id,
      req: acting.req,
      details: { username: target.user.username },
    });
  });
  await revokeAllStaffSessions(dataSource, target.user.id);
  await unlockAccount(dataSource, { kind: 'staff', id: target.user.id });
}

/** "Sign out everywhere" for someone else (a lost laptop): every session of the user ends. Returns how many. */
export async function revokeStaffUserSessions(dataSource: DataSource, rawId: string, acting: StaffActing): Promise<number> {
  const target = await userWithGroup(dataSource, rawId);
  enforce(evaluateUserAction(acting.viewer, 'EDIT', target));
  const ended = await revokeAllStaffSessions(dataSource, target.user.id);
  await recordAudit(dataSource, {
    action: AuditAction.STAFF_USER_SESSIONS_REVOKED,
    actor: acting.viewer.user,
    subjectStaffUserId: target.user.id,
    req: acting.req,
    details: { username: target.user.username, sessionsEnded: ended },
  });
  return ended;
}

/** Lifts a Home Portal user's sign-in lock. Audited. */
export async function unlockStaffUser(dataSource: DataSource, rawId: string, acting: StaffActing): Promise<StaffUser> {
  const target = await userWithGroup(dataSource, rawId);
  enforce(evaluateUserAction(acting.viewer, 'EDIT', target));
  await unlockAccount(dataSource, { kind: 'staff', id: target.user.id });
  await recordAudit(dataSource, {
    action: AuditAction.STAFF_ACCOUNT_UNLOCKED,
    actor: acting.viewer.user,
    subjectStaffUserId: target.user.id,
    req: acting.req,
    details: { username: target.user.username },
  });
  return target.user;
}

export async function deleteStaffUser(dataSource: DataSource, rawId: string, acting: StaffActing): Promise<void> {
  const target = await userWithGroup(dataSource, rawId);
  enforce(evaluateUserAction(acting.viewer, 'DELETE', target));
  await revokeAllStaffSessions(dataSource, target.user.id);
  await dataSource.transaction(async (manager) => {
    if (target.group.isAdministrators && target.user.active) await assertAnotherActiveAdministrator(manager, target.user);
    await manager.getRepository(StaffUser).delete({ id: target.user.id });
    await recordAudit(manager, {
      action: AuditAction.STAFF_USER_DELETED,
      actor: acting.viewer.user,
      subjectStaffUserId: target.user.id,
      req: acting.req,
      details: { username: target.user.username, group: target.group.name },
    });
  });
}

/**
 * The signed-in staff member changes their own password with the current one. The check counts
 * toward the sign-in lock like a sign-in does; every other session of the user ends.
 */
export async function changeOwnStaffPassword(
  context: Pick<RequestContext, 'dataSource' | 'config' | 'req'>,
  viewer: StaffViewerContext,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await getStaffUser(context.dataSource, viewer.user.id);
  const check = await checkPassword(context.dataSource, context.config, {
    account: { kind: 'staff', id: user.id },
    passwordHash: user.passwordHash,
    password: currentPassword,
    address: context.req.ip,
  });
  if (check.outcome === 'LOCKED')
    throw new RateLimitedError(
      context.config.signInLockMinutes * 60,
      'Too many wrong passwords; your account is locked for a while. Ask an administrator to unlock it.',
    );
  if (check.outcome === 'MISMATCH') throw new BadUserInputError('The current password is not correct.', 'currentPassword');
  await checkNewPassword(context.dataSource, PasswordPortal.HOME_PORTAL, newPassword, user.username);
  await context.dataSource
    .getRepository(StaffUser)
    .update({ id: user.id }, withoutNewVersion({ passwordHash: await hashPassword(newPassword) }));
  await revokeAllStaffSessions(context.dataSource, user.id, { keepTokenHash: viewer.sessionTokenHash });
}
