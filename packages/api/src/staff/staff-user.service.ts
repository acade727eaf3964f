import type { DataSource } from 'typeorm';
import { hashPassword, passwordProblem } from '../auth/password';
import { revokeAllStaffSessions } from '../auth/staff-session.service';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { updateIfVersionMatches } from '../common/optimistic-lock';
import { parseId } from '../common/ids';
import type { CreateStaffUserInput, UpdateStaffUserInput } from './staff.inputs';
import { StaffUser } from './staff-user.entity';
import { UserGroup } from './user-group.entity';
import { getUserGroup } from './user-group.service';

export async function getStaffUser(dataSource: DataSource, rawId: string | number): Promise<StaffUser> {
  const id = parseId(rawId, 'id');
  const user = await dataSource.getRepository(StaffUser).findOneBy({ id });
  if (!user) throw new NotFoundError('User', id);
  return user;
}

export function listStaffUsers(dataSource: DataSource): Promise<StaffUser[]> {
  return dataSource.getRepository(StaffUser).find({ order: { fullName: 'ASC' } });
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new BadUserInputError(problem, 'password');
}

/** Creates a Home Portal user; also used by the create-admin command for the first administrator. */
export async function createStaffUser(dataSource: DataSource, input: CreateStaffUserInput): Promise<StaffUser> {
  const usernameKey = input.username.toLowerCase();
  if (await dataSource.getRepository(StaffUser).existsBy({ usernameKey })) {
    throw new BadUserInputError(`The username "${input.username}" is taken.`, 'username');
  }
  checkPassword(input.password, input.username);
  const group = await getUserGroup(dataSource, input.groupId, 'groupId');
  const repository = dataSource.getRepository(StaffUser);
  return repository.save(
    repository.create({
      username: input.username,
      usernameKey,
      fullName: input.fullName.trim(),
      email: input.email?.trim() || null,
      passwordHash: await hashPassword(input.password),
      groupId: group.id,
      active: true,
      lastSignInAt: null,
    }),
  );
}

/** Refuses a change that would leave nobody able to administer the Home Portal. */
async function assertAnotherActiveAdministrator(dataSource: DataSource, user: StaffUser): Promise<void> {
  const others = await dataSource
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

export async function updateStaffUser(dataSource: DataSource, input: UpdateStaffUserInput, viewer: StaffUser): Promise<StaffUser> {
  const user = await getStaffUser(dataSource, input.id);
  const group = await getUserGroup(dataSource, input.groupId, 'groupId');
  if (user.id === viewer.id && !input.active) throw new BadUserInputError('You cannot deactivate yourself.', 'active');
  const currentGroup = await getUserGroup(dataSource, user.groupId);
  if (currentGroup.isAdministrators && user.active && (!group.isAdministrators || !input.active)) {
    await assertAnotherActiveAdministrator(dataSource, user);
  }
  const saved = await updateIfVersionMatches(dataSource, StaffUser, 'User', { id: user.id, version: input.version }, {
    fullName: input.fullName.trim(),
    email: input.email?.trim() || null,
    groupId: group.id,
    active: input.active,
  });
  if (!saved.active) await revokeAllStaffSessions(dataSource, saved.id);
  return saved;
}

/** Sets a new password and ends every session the user had. */
export async function setStaffUserPassword(dataSource: DataSource, rawId: string, password: string): Promise<void> {
  const user = await getStaffUser(dataSource, rawId);
  checkPassword(password, user.username);
  await dataSource.getRepository(StaffUser).update({ id: user.id }, { passwordHash: await hashPassword(password) });
  await revokeAllStaffSessions(dataSource, user.id);
}

export async function deleteStaffUser(dataSource: DataSource, rawId: string, viewer: StaffUser): Promise<void> {
  const user = await getStaffUser(dataSource, rawId);
  if (user.id === viewer.id) throw new ForbiddenError('You cannot delete your own account.', { reason: 'SELF_DELETE' });
  const group = await getUserGroup(dataSource, user.groupId);
  if (group.isAdministrators && user.active) await assertAnotherActiveAdministrator(dataSource, user);
  await revokeAllStaffSessions(dataSource, user.id);
  await dataSource.getRepository(StaffUser).delete({ id: user.id });
}
