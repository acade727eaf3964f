import type { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-event.entity';
import { recordAudit, type AuditedBy } from '../audit/audit.service';
import { getClient } from '../clients/client.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { parseId } from '../common/ids';
import { CAT_TOOLS, findBrokenRule, type CatTool } from './cat-tools';
import { PartnerAlias } from './partner-alias.entity';
import type { AddPartnerAliasInput, UpdatePartnerAliasInput } from './partner-alias.inputs';

/** Checks the tool's mapping rules and that no other client holds the username in that tool. */
async function checkedUsername(dataSource: DataSource, tool: CatTool, rawUsername: string, exceptAliasId?: number): Promise<string> {
  const username = rawUsername.trim();
  if (!username) throw new BadUserInputError('Enter the username the client has in the CAT tool.', 'externalUsername');
  const broken = findBrokenRule(tool, username);
  if (broken) {
    throw new BadUserInputError(`${CAT_TOOLS[tool].label} usernames must be: ${broken.description}`, 'externalUsername', {
      rule: broken.code,
    });
  }
  const holder = await dataSource
    .getRepository(PartnerAlias)
    .createQueryBuilder('alias')
    .innerJoinAndSelect('alias.client', 'client')
    .where('alias.tool = :tool AND alias.externalUsernameKey = :key', { tool, key: username.toLowerCase() })
    .getOne();
  if (holder && holder.id !== exceptAliasId) {
    throw new BadUserInputError(
      `"${username}" in ${CAT_TOOLS[tool].label} already maps to client ${holder.client?.username}; one external username maps to one client.`,
      'externalUsername',
      { rule: 'UNIQUE_PER_TOOL' },
    );
  }
  return username;
}

export async function addPartnerAlias(dataSource: DataSource, input: AddPartnerAliasInput, by: AuditedBy): Promise<PartnerAlias> {
  const client = await getClient(dataSource, input.clientId);
  const existing = await dataSource.getRepository(PartnerAlias).findOneBy({ clientId: client.id, tool: input.tool });
  if (existing) {
    throw new BadUserInputError(`This client already has a ${CAT_TOOLS[input.tool].label} username; edit it instead.`, 'tool', {
      rule: 'ONE_PER_CLIENT_AND_TOOL',
    });
  }
  const externalUsername = await checkedUsername(dataSource, input.tool, input.externalUsername);
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(PartnerAlias);
    const alias = await repository.save(
      repository.create({ clientId: client.id, tool: input.tool, externalUsername, externalUsernameKey: externalUsername.toLowerCase() }),
    );
    await recordAudit(manager, {
      action: AuditAction.PARTNER_ALIAS_ADDED,
      actor: by.user,
      clientId: client.id,
      req: by.req,
      details: { client: client.username, tool: alias.tool, externalUsername },
    });
    return alias;
  });
}

async function getAlias(dataSource: DataSource, rawId: string): Promise<PartnerAlias> {
  const id = parseId(rawId, 'id');
  const alias = await dataSource.getRepository(PartnerAlias).findOneBy({ id });
  if (!alias) throw new NotFoundError('Partner alias', id);
  return alias;
}

export async function updatePartnerAlias(dataSource: DataSource, input: UpdatePartnerAliasInput, by: AuditedBy): Promise<PartnerAlias> {
  const alias = await getAlias(dataSource, input.id);
  const externalUsername = await checkedUsername(dataSource, alias.tool, input.externalUsername, alias.id);
  await dataSource.transaction(async (manager) => {
    await manager
      .getRepository(PartnerAlias)
      .update({ id: alias.id }, { externalUsername, externalUsernameKey: externalUsername.toLowerCase() });
    if (externalUsername !== alias.externalUsername) {
      await recordAudit(manager, {
        action: AuditAction.PARTNER_ALIAS_CHANGED,
        actor: by.user,
        clientId: alias.clientId,
        req: by.req,
        details: { tool: alias.tool, changes: { externalUsername: { from: alias.externalUsername, to: externalUsername } } },
      });
    }
  });
  return { ...alias, externalUsername, externalUsernameKey: externalUsername.toLowerCase() };
}

export async function removePartnerAlias(dataSource: DataSource, rawId: string, by: AuditedBy): Promise<void> {
  const alias = await getAlias(dataSource, rawId);
  await dataSource.transaction(async (manager) => {
    await manager.getRepository(PartnerAlias).delete({ id: alias.id });
    await recordAudit(manager, {
      action: AuditAction.PARTNER_ALIAS_REMOVED,
      actor: by.user,
      clientId: alias.clientId,
      req: by.req,
      details: { tool: alias.tool, externalUsername: alias.externalUsername },
    });
  });
}
