import { ClientGroupDeletionRefusal } from '@portico/domain';
import type { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-event.entity';
import { changesBetween, recordAudit, type AuditedBy } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { updateIfVersionMatches } from '../common/optimistic-lock';
import { parseId } from '../common/ids';
import { ClientGroup } from './client-group.entity';
import type { ClientAreaRightsInput, CreateClientGroupInput, UpdateClientGroupInput } from './client-group.inputs';
import { normalizeClientPortalRights, type ClientPortalRights } from './client-portal-rights';

function toMatrix(rows: ClientAreaRightsInput[]): ClientPortalRights {
  const seen = new Set<string>();
  const matrix: ClientPortalRights = {};
  for (const row of rows) {
    if (seen.has(row.area)) throw new BadUserInputError(`The area ${row.area} is listed twice.`, 'rights');
    seen.add(row.area);
    matrix[row.area] = row.actions;
  }
  return normalizeClientPortalRights(matrix);
}

async function assertNameFree(dataSource: DataSource, name: string, exceptId?: number): Promise<void> {
  const existing = await dataSource.getRepository(ClientGroup).findOneBy({ nameKey: name.toLowerCase() });
  if (existing && existing.id !== exceptId) throw new BadUserInputError(`A client group named "${existing.name}" already exists.`, 'name');
}

export async function getClientGroup(dataSource: DataSource, rawId: string | number): Promise<ClientGroup> {
  const id = parseId(rawId, 'id');
  const group = await dataSource.getRepository(ClientGroup).findOneBy({ id });
  if (!group) throw new NotFoundError('Client group', id);
  return group;
}

/** How a client group looks in the audit log. */
function audited(group: Pick<ClientGroup, 'name' | 'accessAllowed' | 'rightsMatrix' | 'twoFactorRequired'>) {
  return { name: group.name, accessAllowed: group.accessAllowed, rights: group.rightsMatrix, twoFactorRequired: group.twoFactorRequired };
}

export async function createClientGroup(dataSource: DataSource, input: CreateClientGroupInput, by: AuditedBy): Promise<ClientGroup> {
  const name = input.name.trim();
  await assertNameFree(dataSource, name);
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(ClientGroup);
    const group = await repository.save(
      repository.create({
        name,
        nameKey: name.toLowerCase(),
        accessAllowed: input.accessAllowed,
        statusGroupFor: null,
        rightsMatrix: toMatrix(input.rights),
        twoFactorRequired: input.twoFactorRequired ?? false,
      }),
    );
    await recordAudit(manager, {
      action: AuditAction.CLIENT_GROUP_CREATED,
      actor: by.user,
      req: by.req,
      details: { group: name, ...audited(group) },
    });
    return group;
  });
}

/** Saves a group. The built-in status groups keep their names; their access and rights may be tuned. */
export async function updateClientGroup(dataSource: DataSource, input: UpdateClientGroupInput, by: AuditedBy): Promise<ClientGroup> {
  const group = await getClientGroup(dataSource, input.id);
  const name = input.name.trim();
  if (group.builtIn && name !== group.name) {
    throw new BadUserInputError(`"${group.name}" is a built-in status group; its name cannot change.`, 'name');
  }
  await assertNameFree(dataSource, name, group.id);
  return dataSource.transaction(async (manager) => {
    const saved = await updateIfVersionMatches(
      manager,
      ClientGroup,
      'Client group',
      { id: group.id, version: input.version },
      {
        name,
        nameKey: name.toLowerCase(),
        accessAllowed: input.accessAllowed,
        rightsMatrix: toMatrix(input.rights),
        twoFactorRequired: input.twoFactorRequired ?? group.twoFactorRequired,
      },
    );
    const changes = changesBetween(audited(group), audited(saved), ['name', 'accessAllowed', 'rights', 'twoFactorRequired']);
    if (Object.keys(changes).length) {
      await recordAudit(manager, {
        action: AuditAction.CLIENT_GROUP_CHANGED,
        actor: by.user,
        req: by.req,
        details: { group: saved.name, changes },
      });
    }
    return saved;
  });
}

/**
 * How many clients each group is chosen for in "Assign to Group" (what keeps a group from being
 * deleted), for many groups in one statement; groups nobody chose count 0.
 */
export async function countClientsByGroup(dataSource: DataSource, groupIds: readonly number[]): Promise<number[]> {
  const rows: Array<{ groupId: number; total: unknown }> = await dataSource
    .getRepository(Client)
    .createQueryBuilder('client')
    .select('client.groupId', 'groupId')
    .addSelect('COUNT(*)', 'total')
    .where('client.groupId IN (:...groupIds)', { groupIds: [...groupIds] })
    .groupBy('client.groupId')
    .getRawMany();
  return groupIds.map((id) => Number(rows.find((row) => Number(row.groupId) === id)?.total ?? 0));
}

/**
 * Deletes a group nobody is assigned to. Built-in status groups always stay. The DELETE itself asks
 * that no client uses the group, so a client assigned to it at the same moment makes it refuse
 * (GROUP_IN_USE with the count) rather than fail on the foreign key.
 */
export async function deleteClientGroup(dataSource: DataSource, rawId: string, by: AuditedBy): Promise<void> {
  const group = await getClientGroup(dataSource, rawId);
  if (group.builtIn)
    throw new ForbiddenError(`"${group.name}" is a built-in status group and cannot be deleted.`, { reason: 'BUILT_IN_GROUP' });
  await dataSource.transaction(async (manager) => {
    const deleted = await manager
      .createQueryBuilder()
      .delete()
      .from(ClientGroup)
      .where('id = :id AND NOT EXISTS (SELECT 1 FROM clients WHERE clients.groupId = :id)', { id: group.id })
      .execute();
    if (!deleted.affected) {
      const members = await manager.getRepository(Client).countBy({ groupId: group.id });
      throw new BadUserInputError(`${members} client(s) are assigned to "${group.name}"; assign them elsewhere first.`, 'id', {
        reason: ClientGroupDeletionRefusal.GROUP_IN_USE,
        clientCount: members,
      });
    }
    await recordAudit(manager, {
      action: AuditAction.CLIENT_GROUP_DELETED,
      actor: by.user,
      req: by.req,
      details: { group: group.name, ...audited(group) },
    });
  });
}
