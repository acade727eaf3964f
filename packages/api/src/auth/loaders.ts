import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ClientGroup } from '../client-groups/client-group.entity';
import { PartnerAlias } from '../partner-aliases/partner-alias.entity';
import { UserGroup } from '../staff/user-group.entity';

/**
 * Per-request batch loaders: a page of N records resolves its relations in one statement per
 * relation, never one per record.
 */
export interface Loaders {
  /** Client groups are few (tens), so one request reads them all at once. */
  clientGroups: () => Promise<ClientGroup[]>;
  partnerAliasesByClientId: DataLoader<number, PartnerAlias[]>;
  userGroupById: DataLoader<number, UserGroup | null>;
  /** One loader per key for the request, made on first use (features keep their loaders beside them). */
  memo<T>(key: string, create: () => T): T;
}

export function createLoaders(dataSource: DataSource): Loaders {
  let clientGroups: Promise<ClientGroup[]> | undefined;
  const made = new Map<string, unknown>();
  return {
    memo<T>(key: string, create: () => T): T {
      if (!made.has(key)) made.set(key, create());
      return made.get(key) as T;
    },
    clientGroups: () => (clientGroups ??= dataSource.getRepository(ClientGroup).find({ order: { name: 'ASC' } })),
    partnerAliasesByClientId: new DataLoader(async (clientIds) => {
      const aliases = await dataSource.getRepository(PartnerAlias).find({
        where: { clientId: In([...clientIds]) },
        order: { tool: 'ASC' },
      });
      return clientIds.map((clientId) => aliases.filter((alias) => alias.clientId === clientId));
    }),
    userGroupById: new DataLoader(async (ids) => {
      const groups = await dataSource.getRepository(UserGroup).findBy({ id: In([...ids]) });
      return ids.map((id) => groups.find((group) => group.id === id) ?? null);
    }),
  };
}
