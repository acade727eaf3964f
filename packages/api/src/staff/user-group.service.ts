import type { DataSource } from 'typeorm';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { updateIfVersionMatches } from '../common/optimistic-lock';
import { parseId } from '../common/ids';
import { SpecialRight, StaffAction, StaffDomain } from './staff-rights';
import type { CreateUserGroupInput, StaffDomainRightsInput, UpdateUserGroupInput } from './staff.inputs';
import { StaffUser } from './staff-user.entity';
import { UserGroup } from './user-group.entity';

function toMatrix(rows: StaffDomainRightsInput[]): Partial<Record<StaffDomain, StaffAction[]>> {
  const matrix: Partial<Record<StaffDomain, StaffAction[]>> = {};
  const order = Object.values(StaffAction);
  for (const row of rows) {
    if (matrix[row.domain]) throw new BadUserInputError(`The domain ${row.domain} is listed twice.`, 'rights');
    const actions = order.filter((action) => row.actions.includes(action));
    if (actions.length) matrix[row.domain] = actions;
  }
  return matrix;
}

function toSpecialRights(rights: SpecialRight[]): SpecialRight[] {
  return Object.values(SpecialRight).filter((special) => rights.includes(special));
}

async function assertNameFree(dataSource: DataSource, name: string, exceptId?: number): Promise<void> {
  const existing = await dataSource.getRepository(UserGroup).findOneBy({ nameKey: name.toLowerCase() });
  if (existing && existing.id !== exceptId) throw new BadUserInputError(`A user group named "${existing.name}" already exists.`, 'name');
}

export async function getUserGroup(dataSource: DataSource, rawId: string | number, field = 'id'): Promise<UserGroup> {
  const id = parseId(rawId, field);
  const group = await dataSource.getRepository(UserGroup).findOneBy({ id });
  if (!group) throw new NotFoundError('User group', id);
  return group;
}

export function listUserGroups(dataSource: DataSource): Promise<UserGroup[]> {
  return dataSource.getRepository(UserGroup).find({ order: { name: 'ASC' } });
}

export async function createUserGroup(dataSource: DataSource, input: CreateUserGroupInput): Promise<UserGroup> {
  const name = input.name.trim();
  await assertNameFree(dataSource, name);
  const repository = dataSource.getRepository(UserGroup);
  return repository.save(
    repository.create({
      name,
      nameKey: name.toLowerCase(),
      isAdministrators: false,
      rightsMatrix: toMatrix(input.rights),
      specialRights: toSpecialRights(input.specialRights),
    }),
  );
}

/** Saves a group's name and rights; its members' next request already runs with the new rights. */
export async function updateUserGroup(dataSource: DataSource, input: UpdateUserGroupInput): Promise<UserGroup> {
  const group = await getUserGroup(dataSource, input.id);
  if (group.isAdministrators) {
    throw new ForbiddenError('The Administrators group always holds every right and keeps its name.', { reason: 'BUILT_IN_GROUP' });
  }
  const name = input.name.trim();
  await assertNameFree(dataSource, name, group.id);
  return updateIfVersionMatches(dataSource, UserGroup, 'User group', { id: group.id, version: input.version }, {
    name,
    nameKey: name.toLowerCase(),
    rightsMatrix: toMatrix(input.rights),
    specialRights: toSpecialRights(input.specialRights),
  });
}

export async function deleteUserGroup(dataSource: DataSource, rawId: string): Promise<void> {
  const group = await getUserGroup(dataSource, rawId);
  if (group.isAdministrators) throw new ForbiddenError('The Administrators group cannot be deleted.', { reason: 'BUILT_IN_GROUP' });
  const members = await dataSource.getRepository(StaffUser).countBy({ groupId: group.id });
  if (members > 0) {
    throw new BadUserInputError(`${members} user(s) belong to "${group.name}"; move them to another group first.`, 'id', {
      reason: 'GROUP_IN_USE',
      userCount: members,
    });
  }
  await dataSource.getRepository(UserGroup).delete({ id: group.id });
}
