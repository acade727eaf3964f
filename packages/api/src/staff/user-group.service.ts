import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-event.entity';
import { changesBetween, recordAudit } from '../audit/audit.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { updateIfVersionMatches } from '../common/optimistic-lock';
import { parseId } from '../common/ids';
import { SpecialRight, StaffAction, StaffDomain, normalizeStaffRow } from './staff-rights';
import type { CreateUserGroupInput, StaffDomainRightsInput, UpdateUserGroupInput } from './staff.inputs';
import type { StaffActing } from './staff-user.service';
import { StaffUser } from './staff-user.entity';
import { flattenRights, UserGroup } from './user-group.entity';
import { enforce, evaluateGroupChange, evaluateGroupCreation } from './user-management.policy';

function toMatrix(rows: StaffDomainRightsInput[]): Partial<Record<StaffDomain, StaffAction[]>> {
  const matrix: Partial<Record<StaffDomain, StaffAction[]>> = {};
  for (const row of rows) {
    if (matrix[row.domain]) throw new BadUserInputError(`The domain ${row.domain} is listed twice.`, 'rights');
    const actions = normalizeStaffRow(row.domain, row.actions);
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

export async function getUserGroup(dataSource: DataSource | EntityManager, rawId: string | number, field = 'id'): Promise<UserGroup> {
  const id = parseId(rawId, field);
  const group = await dataSource.getRepository(UserGroup).findOneBy({ id });
  if (!group) throw new NotFoundError('User group', id);
  return group;
}

export function listUserGroups(dataSource: DataSource): Promise<UserGroup[]> {
  return dataSource.getRepository(UserGroup).find({ order: { name: 'ASC' } });
}

/** How a group's rights look in the audit log: `DOMAIN:ACTION` and special rights, sorted. */
function auditedRights(group: Pick<UserGroup, 'rightsMatrix' | 'specialRights'>): { rights: string[] } {
  return { rights: [...flattenRights(group.rightsMatrix, group.specialRights)].sort() };
}

export async function createUserGroup(dataSource: DataSource, input: CreateUserGroupInput, acting: StaffActing): Promise<UserGroup> {
  const name = input.name.trim();
  const rightsMatrix = toMatrix(input.rights);
  const specialRights = toSpecialRights(input.specialRights);
  enforce(evaluateGroupCreation(acting.viewer, flattenRights(rightsMatrix, specialRights)));
  await assertNameFree(dataSource, name);
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(UserGroup);
    const group = await repository.save(
      repository.create({
        name,
        nameKey: name.toLowerCase(),
        isAdministrators: false,
        rightsMatrix,
        specialRights,
        twoFactorRequired: input.twoFactorRequired ?? false,
      }),
    );
    await recordAudit(manager, {
      action: AuditAction.USER_GROUP_CREATED,
      actor: acting.viewer.user,
      req: acting.req,
      details: { group: name, ...auditedRights(group) },
    });
    return group;
  });
}

/**
 * Saves a group's name and rights; its members' next request already runs with the new rights.
 * The audit record names the members who thereby received a special right such as Sign in as Partner.
 */
export async function updateUserGroup(dataSource: DataSource, input: UpdateUserGroupInput, acting: StaffActing): Promise<UserGroup> {
  const group = await getUserGroup(dataSource, input.id);
  const rightsMatrix = toMatrix(input.rights);
  const specialRights = toSpecialRights(input.specialRights);
  enforce(evaluateGroupChange(acting.viewer, 'EDIT', group, flattenRights(rightsMatrix, specialRights)));
  const name = input.name.trim();
  await assertNameFree(dataSource, name, group.id);
  return dataSource.transaction(async (manager) => {
    const saved = await updateIfVersionMatches(
      manager,
      UserGroup,
      'User group',
      { id: group.id, version: input.version },
      {
        name,
        nameKey: name.toLowerCase(),
        rightsMatrix,
        specialRights,
        twoFactorRequired: input.twoFactorRequired ?? group.twoFactorRequired,
      },
    );
    const changes = changesBetween(
      { name: group.name, twoFactorRequired: group.twoFactorRequired, ...auditedRights(group) },
      { name: saved.name, twoFactorRequired: saved.twoFactorRequired, ...auditedRights(saved) },
      ['name', 'rights', 'twoFactorRequired'],
    );
    if (Object.keys(changes).length) {
      const gained = specialRights.filter((special) => !group.specialRights.includes(special));
      const members = gained.length
        ? await manager
            .getRepository(StaffUser)
            .find({ where: { groupId: group.id }, select: { fullName: true }, order: { fullName: 'ASC' } })
        : [];
      await recordAudit(manager, {
        action: AuditAction.USER_GROUP_CHANGED,
        actor: acting.viewer.user,
        req: acting.req,
        details: { group: saved.name, changes, specialRightsGranted: gained, grantedTo: members.map((member) => member.fullName) },
      });
    }
    return saved;
  });
}

export async function deleteUserGroup(dataSource: DataSource, rawId: string, acting: StaffActing): Promise<void> {
  const group = await getUserGroup(dataSource, rawId);
  enforce(evaluateGroupChange(acting.viewer, 'DELETE', group));
  const members = await dataSource.getRepository(StaffUser).countBy({ groupId: group.id });
  if (members > 0) {
    throw new BadUserInputError(`${members} user(s) belong to "${group.name}"; move them to another group first.`, 'id', {
      reason: 'GROUP_IN_USE',
      userCount: members,
    });
  }
  await dataSource.transaction(async (manager) => {
    await manager.getRepository(UserGroup).delete({ id: group.id });
    await recordAudit(manager, {
      action: AuditAction.USER_GROUP_DELETED,
      actor: acting.viewer.user,
      req: acting.req,
      details: { group: group.name, ...auditedRights(group) },
    });
  });
}
