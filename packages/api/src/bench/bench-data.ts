import { fillClientSearchWords } from '../clients/client-search';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { ClientGroup } from '../client-groups/client-group.entity';
import { recountClients } from '../clients/client-count';
import { clientPageQuery, SORT_COLUMNS } from '../clients/client.service';
import type { ClientSortField, SortDirection } from '../clients/client.inputs';
import { encodeCursor } from '../common/paging';
import { selectRows } from '../database/select-rows';
import type { PorticoDataSource } from '../database/data-source';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';

export const BENCH_PASSWORD = 'bench password 1';

/** A database of its own for the bench: everything the bench makes is deleted first (MySQL; SQLite gets a fresh file). */
export async function clearBenchData(database: PorticoDataSource): Promise<void> {
  if (database.kind !== 'mysql') return;
  // Children before parents; the bench writes no other tables.
  const children = [
    'client_sign_in_attempts',
    'staff_sign_in_attempts',
    'rate_limit_buckets',
    'audit_events',
    'sessions',
    'sign_in_as_partner_sessions',
  ];
  for (const table of [...children, 'partner_aliases', 'projects', 'client_search_words', 'clients', 'staff_users'])
    await database.dataSource.query(`DELETE FROM ${table}`);
  await database.dataSource.query('DELETE FROM client_groups WHERE statusGroupFor IS NULL');
}

/**
 * `count` clients: a third each Active, Potential and Inactive, every fourth in a group of its own
 * choosing, every fifth without portal access, every fourth with a CAT tool alias. Written in bulk
 * around the API, so the clients counter is mended afterwards as at a start.
 */
export async function seedClients(dataSource: DataSource, count: number): Promise<void> {
  const statuses = ['ACTIVE', 'POTENTIAL', 'INACTIVE'];
  const words = ['Acme', 'Nordic', 'Global', 'Pharma', 'Legal', 'Tech', 'Travel', 'Energy', 'Media', 'Motors'];
  const groupId = (
    await dataSource
      .getRepository(ClientGroup)
      .save({ name: 'Bench group', nameKey: 'bench group', accessAllowed: true, statusGroupFor: null, rightsMatrix: {} })
  ).id;
  const statusGroupIds = new Map(
    (await dataSource.getRepository(ClientGroup).find()).map((group) => [group.statusGroupFor as string | null, group.id]),
  );
  const batch = 1000;
  // Saved one minute apart, as over months of work, so "last updated" is a real order.
  const firstSaved = Date.now() - count * 60_000;
  for (let start = 0; start < count; start += batch) {
    const rows: Record<string, unknown>[] = [];
    for (let index = start; index < Math.min(count, start + batch); index += 1) {
      const name = `${words[index % 10]} ${words[Math.floor(index / 10) % 10]} ${index}`;
      rows.push({
        username: `CL${index}`,
        usernameKey: `cl${index}`,
        name,
        nameKey: name.toLowerCase(),
        status: statuses[index % 3],
        email: `contact${index}@client${index}.example`,
        emailKey: `contact${index}@client${index}.example`,
        assignToStatus: index % 4 !== 0,
        groupId: index % 4 === 0 ? groupId : null,
        effectiveGroupId: index % 4 === 0 ? groupId : statusGroupIds.get(statuses[index % 3]),
        portalAccessAllowed: index % 5 !== 0,
        preferredLanguage: 'EN',
        formatPreferences: '{}',
        version: 1,
        updatedBy: 'bench',
        createdAt: new Date(firstSaved + index * 60_000),
        updatedAt: new Date(firstSaved + ((index * 7919) % count) * 60_000),
      });
    }
    await dataSource.createQueryBuilder().insert().into('clients').values(rows).updateEntity(false).execute();
  }
  // The search word index, as the migration that starts it fills it.
  await fillClientSearchWords(
    (sql, parameters) => dataSource.query(sql, parameters),
    dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql',
  );
  const ids = await selectRows<{ id: number }>(dataSource, 'SELECT id FROM clients WHERE id % 4 = 0 ORDER BY id');
  for (let start = 0; start < ids.length; start += batch) {
    const aliases = ids.slice(start, start + batch).map(({ id }) => ({
      clientId: id,
      tool: 'XTM',
      externalUsername: `xtm-${id}`,
      externalUsernameKey: `xtm-${id}`,
    }));
    await dataSource.createQueryBuilder().insert().into('partner_aliases').values(aliases).updateEntity(false).execute();
  }
  await recountClients(dataSource);
}

/** One project per client, in the six statuses in turn. */
export async function seedProjects(dataSource: DataSource): Promise<void> {
  const statuses = ['REQUESTED', 'IN_PROGRESS', 'READY', 'DELIVERED', 'CLOSED', 'CANCELLED'];
  const clientIds = (await selectRows<{ id: number }>(dataSource, 'SELECT id FROM clients ORDER BY id')).map((row) => row.id);
  const now = new Date();
  for (let start = 0; start < clientIds.length; start += 1000) {
    const rows = clientIds.slice(start, start + 1000).map((clientId, offset) => ({
      clientId,
      name: `Project ${start + offset}`,
      services: ['TRANSLATION'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE', 'fr-FR'],
      orderedAt: now,
      deadline: now,
      deliveredAt: null,
      status: statuses[(start + offset) % statuses.length],
      totalCostMinor: 12_345,
      currency: 'EUR',
      catTool: null,
      quoteId: null,
      requestId: null,
      version: 1,
    }));
    await dataSource.createQueryBuilder().insert().into('projects').values(rows).updateEntity(false).execute();
  }
}

/** `count` administrators `bench0`, `bench1`, ... with the bench password (one per concurrent sign-in). */
export async function seedAdministrators(dataSource: DataSource, count: number): Promise<{ group: UserGroup; users: StaffUser[] }> {
  const group = await dataSource.getRepository(UserGroup).findOneByOrFail({ isAdministrators: true });
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const users = dataSource.getRepository(StaffUser);
  const saved = await users.save(
    Array.from({ length: count }, (_, index) =>
      users.create({
        username: `bench${index}`,
        usernameKey: `bench${index}`,
        fullName: `Bench ${index}`,
        email: null,
        passwordHash,
        groupId: group.id,
        active: true,
        lastSignInAt: null,
      }),
    ),
  );
  return { group, users: saved };
}

/** The cursor of the client at `position` (0-based) in a sort order: pages after it start there. */
export async function cursorAt(
  dataSource: DataSource,
  groups: ClientGroup[],
  sortBy: ClientSortField,
  sortDirection: SortDirection,
  position: number,
): Promise<string> {
  const [row] = await clientPageQuery(dataSource, groups, { first: 1, sortBy, sortDirection })
    .take(undefined)
    .limit(1)
    .offset(position)
    .getMany();
  const value = row[SORT_COLUMNS[sortBy]];
  return encodeCursor({ value: value instanceof Date ? value.toISOString() : (value as string), id: row.id });
}
