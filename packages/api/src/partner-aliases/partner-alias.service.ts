import type { DataSource } from 'typeorm';
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
    throw new BadUserInputError(`${CAT_TOOLS[tool].label} usernames must be: ${broken.description}`, 'externalUsername', { rule: broken.code });
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

export async function addPartnerAlias(dataSource: DataSource, input: AddPartnerAliasInput): Promise<PartnerAlias> {
  const client = await getClient(dataSource, input.clientId);
  const existing = await dataSource.getRepository(PartnerAlias).findOneBy({ clientId: client.id, tool: input.tool });
  if (existing) {
    throw new BadUserInputError(`This client already has a ${CAT_TOOLS[input.tool].label} username; edit it instead.`, 'tool', {
      rule: 'ONE_PER_CLIENT_AND_TOOL',
    });
  }
  const externalUsername = await checkedUsername(dataSource, input.tool, input.externalUsername);
  const repository = dataSource.getRepository(PartnerAlias);
  return repository.save(
    repository.create({ clientId: client.id, tool: input.tool, externalUsername, externalUsernameKey: externalUsername.toLowerCase() }),
  );
}

async function getAlias(dataSource: DataSource, rawId: string): Promise<PartnerAlias> {
  const id = parseId(rawId, 'id');
  const alias = await dataSource.getRepository(PartnerAlias).findOneBy({ id });
  if (!alias) throw new NotFoundError('Partner alias', id);
  return alias;
}

export async function updatePartnerAlias(dataSource: DataSource, input: UpdatePartnerAliasInput): Promise<PartnerAlias> {
  const alias = await getAlias(dataSource, input.id);
  const externalUsername = await checkedUsername(dataSource, alias.tool, input.externalUsername, alias.id);
  await dataSource.getRepository(PartnerAlias).update({ id: alias.id }, { externalUsername, externalUsernameKey: externalUsername.toLowerCase() });
  return { ...alias, externalUsername, externalUsernameKey: externalUsername.toLowerCase() };
}

export async function removePartnerAlias(dataSource: DataSource, rawId: string): Promise<void> {
  const alias = await getAlias(dataSource, rawId);
  await dataSource.getRepository(PartnerAlias).delete({ id: alias.id });
}
