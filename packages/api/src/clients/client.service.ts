import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditAction } from '../audit/audit-event.entity';
import { changesBetween, recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/context';
import { queueEmailChangedNotice } from '../client-auth/account-letters.service';
import { cancelAccountLinks, deliverLetter } from '../mail/outbox.service';
import { ClientGroup } from '../client-groups/client-group.entity';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { whileRowExists } from '../database/row-guard';
import { ClientDeletionRefusal } from '@portico/domain';
import fs from 'node:fs';
import path from 'node:path';
import { updateIfVersionMatches as updateWithVersion } from '../common/optimistic-lock';
import { parseId } from '../common/ids';
import { decodeCursor, encodeCursor, type PageInfo } from '../common/paging';
import type { StaffUser } from '../staff/staff-user.entity';
import { Client } from './client.entity';
import { countClientsWithWord, indexClientWords, searchTerms, termPattern } from './client-search';
import { PartnerAlias } from '../partner-aliases/partner-alias.entity';
import { adjustClientCount, countAllClients } from './client-count';
import {
  ClientSortField,
  SortDirection,
  MAX_PAGE_SIZE,
  type ClientFilter,
  type CreateClientInput,
  type UpdateClientIdentificationInput,
  type UpdateSystemAccountInput,
} from './client.inputs';
import { FormatPreferences, validateFormatPreferences } from './format-preferences';
import { PortalLanguage } from './portal-language';
import { log } from '../ops/logger';

export interface ClientPageRequest {
  first: number;
  after?: string | null;
  filter?: ClientFilter | null;
  sortBy: ClientSortField;
  sortDirection: SortDirection;
}

export interface ClientPage {
  nodes: Client[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** Sort columns, each paired with the indexes declared on the entity so paging stays fast on large tables. */
export const SORT_COLUMNS: Record<ClientSortField, keyof Client> = {
  [ClientSortField.USERNAME]: 'usernameKey',
  [ClientSortField.NAME]: 'nameKey',
  [ClientSortField.STATUS]: 'status',
  [ClientSortField.UPDATED_AT]: 'updatedAt',
};

function applyFilter(query: SelectQueryBuilder<Client>, filter: ClientFilter | null | undefined, groups: ClientGroup[]): void {
  // Every term matches the start of some word of the ID, name or e-mail: one subquery over the word index,
  // a key range for the first term joined to the client's own words for each further term.
  const terms = searchTerms(filter?.search ?? '');
  if (terms.length > 0) {
    const joins = terms
      .slice(1)
      .map(
        (_, index) =>
          ` JOIN client_search_words search${index + 1} ON search${index + 1}.clientId = search0.clientId AND search${index + 1}.word LIKE :term${index + 1} ESCAPE '!'`,
      )
      .join('');
    query.andWhere(
      `client.id IN (SELECT search0.clientId FROM client_search_words search0${joins} WHERE search0.word LIKE :term0 ESCAPE '!')`,
      Object.fromEntries(terms.map((term, index) => [`term${index}`, termPattern(term)])),
    );
  }
  if (filter?.status) query.andWhere('client.status = :status', { status: filter.status });
  if (filter?.groupId) {
    const groupId = parseId(filter.groupId, 'filter.groupId');
    if (!groups.some((candidate) => candidate.id === groupId)) throw new NotFoundError('Client group', groupId);
    // "In group X" means the effective group: chosen explicitly, or reached through the status.
    query.andWhere('client.effectiveGroupId = :groupId', { groupId });
  }
}

function hasFilter(filter: ClientFilter | null | undefined): boolean {
  return Boolean(filter?.search?.trim() || filter?.status || filter?.groupId);
}

/**
 * Where a page starts after a cursor, as index ranges: `ties` are the rows with the cursor's sort value
 * and a later id, `beyond` the rows with a later sort value. MySQL and MariaDB read both at once (the
 * spelled-out condition becomes two intervals of one index, in order); SQLite reads only the first
 * column of such a condition as a range, so there the two parts are separate statements.
 */
export type KeysetPart = 'both' | 'ties' | 'beyond';

/** The keyset parts the list reads for a page after a cursor, on this database and in this order. */
export function keysetParts(dataSource: DataSource, sortBy: ClientSortField): KeysetPart[] {
  // The ID is unique by itself: it has no ties, and its index orders the list without the id tiebreak.
  if (SORT_COLUMNS[sortBy] === 'usernameKey') return ['beyond'];
  return dataSource.options.type === 'better-sqlite3' ? ['ties', 'beyond'] : ['both'];
}

/**
 * The statement of one page (or of one keyset part of it): keyset order (sort value, then id) from
 * the cursor on, each part a range of the sort index starting at the cursor, so a page deep in the
 * list costs what the first one costs (a test reads the plans).
 */
export function clientPageQuery(
  dataSource: DataSource,
  groups: ClientGroup[],
  request: ClientPageRequest,
  part: KeysetPart = keysetParts(dataSource, request.sortBy)[0],
): SelectQueryBuilder<Client> {
  if (!Number.isInteger(request.first) || request.first < 1 || request.first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`Ask for 1 to ${MAX_PAGE_SIZE} clients at a time.`, 'first');
  }
  const column = SORT_COLUMNS[request.sortBy];
  const ascending = request.sortDirection === SortDirection.ASC;
  const query = dataSource.getRepository(Client).createQueryBuilder('client');
  applyFilter(query, request.filter, groups);
  if (request.after) {
    const cursor = decodeCursor(request.after);
    const value = column === 'updatedAt' ? new Date(String(cursor.value)) : cursor.value;
    const beyond = ascending ? '>' : '<';
    query.setParameters({ cursorValue: value, cursorId: cursor.id });
    if (part === 'beyond') query.andWhere(`client.${column} ${beyond} :cursorValue`);
    else if (part === 'ties') query.andWhere(`client.${column} = :cursorValue AND client.id ${beyond} :cursorId`);
    else
      query.andWhere(
        new Brackets((after) => {
          after
            .where(`client.${column} ${beyond} :cursorValue`)
            .orWhere(`(client.${column} = :cursorValue AND client.id ${beyond} :cursorId)`);
        }),
      );
  }
  const direction = ascending ? 'ASC' : 'DESC';
  query.orderBy(`client.${column}`, direction);
  if (column !== 'usernameKey') query.addOrderBy('client.id', direction);
  return query.take(request.first + 1);
}

/** The rows of a page (one more than asked, to tell whether another follows), part after part. */
async function pageRows(dataSource: DataSource, groups: ClientGroup[], request: ClientPageRequest): Promise<Client[]> {
  if (!request.after) return clientPageQuery(dataSource, groups, request).getMany();
  const rows: Client[] = [];
  for (const part of keysetParts(dataSource, request.sortBy)) {
    const wanted = request.first + 1 - rows.length;
    if (wanted <= 0) break;
    rows.push(...(await clientPageQuery(dataSource, groups, request, part).take(wanted).getMany()));
  }
  return rows;
}

/**
 * One page of clients in keyset order, plus the total: a handful of statements whatever the page
 * size or position. The unfiltered total comes from the counter kept in step with every client added
 * or deleted; a filtered total is counted.
 */
export async function listClients(dataSource: DataSource, groups: ClientGroup[], request: ClientPageRequest): Promise<ClientPage> {
  const countQuery = () => {
    const terms = searchTerms(request.filter?.search ?? '');
    // A search by one word alone is counted in the word index itself: one key range, no client rows.
    if (terms.length === 1 && !request.filter?.status && !request.filter?.groupId) return countClientsWithWord(dataSource, terms[0]);
    const query = dataSource.getRepository(Client).createQueryBuilder('client');
    applyFilter(query, request.filter, groups);
    return query.getCount();
  };
  const [rows, totalCount] = await Promise.all([
    pageRows(dataSource, groups, request),
    hasFilter(request.filter) ? countQuery() : countAllClients(dataSource),
  ]);

  const column = SORT_COLUMNS[request.sortBy];
  const nodes = rows.slice(0, request.first);
  const last = nodes.at(-1);
  const lastValue = last?.[column];
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      endCursor: last
        ? encodeCursor({ value: lastValue instanceof Date ? lastValue.toISOString() : (lastValue as string), id: last.id })
        : null,
    },
  };
}

export async function getClient(dataSource: DataSource, rawId: string | number): Promise<Client> {
  const id = parseId(rawId, 'id');
  const client = await dataSource.getRepository(Client).findOneBy({ id });
  if (!client) throw new NotFoundError('Client', id);
  return client;
}

async function assertUsernameFree(dataSource: DataSource, username: string, exceptId?: number): Promise<void> {
  const existing = await dataSource.getRepository(Client).findOneBy({ usernameKey: username.toLowerCase() });
  if (existing && existing.id !== exceptId) {
    throw new BadUserInputError(`The ID "${existing.username}" is already used by another client.`, 'username');
  }
}

function identification(input: CreateClientInput) {
  const name = input.name.trim();
  if (!name) throw new BadUserInputError("Enter the client's name.", 'name');
  const email = input.email?.trim() || null;
  return {
    username: input.username,
    usernameKey: input.username.toLowerCase(),
    name,
    nameKey: name.toLowerCase(),
    status: input.status,
    email,
    emailKey: email?.toLowerCase() ?? null,
  };
}

/** The group whose rights apply to a client with these settings (see `Client.effectiveGroupId`). */
async function effectiveGroupId(
  dataSource: DataSource,
  client: Pick<Client, 'assignToStatus' | 'status' | 'groupId'>,
): Promise<number | null> {
  if (!client.assignToStatus) return client.groupId;
  const statusGroup = await dataSource.getRepository(ClientGroup).findOneBy({ statusGroupFor: client.status });
  return statusGroup?.id ?? null;
}

/** Creates a client with a default System Account: assigned to status, portal access not yet allowed. */
export async function createClient(dataSource: DataSource, input: CreateClientInput, staff: StaffUser): Promise<Client> {
  await assertUsernameFree(dataSource, input.username);
  const repository = dataSource.getRepository(Client);
  const client = repository.create({
    ...identification(input),
    assignToStatus: true,
    groupId: null,
    effectiveGroupId: await effectiveGroupId(dataSource, { assignToStatus: true, status: input.status, groupId: null }),
    portalAccessAllowed: false,
    preferredLanguage: PortalLanguage.EN,
    formatPreferences: new FormatPreferences(),
    lastLoginAt: null,
    lastFailedLoginAt: null,
    updatedBy: staff.fullName,
  });
  try {
    return await dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Client).save(client);
      await indexClientWords(manager, saved.id, saved);
      await adjustClientCount(manager, 1);
      return saved;
    });
  } catch (error) {
    // Two staff members creating the same ID at once: the unique index decides.
    await assertUsernameFree(dataSource, input.username);
    throw error;
  }
}

/** Saves with optimistic locking; the conflict names who saved in between, so the editor can ask them. */
function updateIfVersionMatches(
  manager: EntityManager,
  id: number,
  version: number,
  changes: Partial<Client>,
  staff: StaffUser,
): Promise<Client> {
  return updateWithVersion(manager, Client, 'Client', { id, version }, { ...changes, updatedBy: staff.fullName }, (current) => ({
    updatedBy: current.updatedBy,
  }));
}

/** What the audit log keeps of a client's access: who may sign in, into which group, with what. */
const ACCESS_FIELDS = ['status', 'assignToStatus', 'groupId', 'portalAccessAllowed', 'preferredLanguage', 'formatPreferences'] as const;

/** Records a change of a client's access (status, Assign to Status, group, portal access, language, formats) with old and new values. */
async function auditAccessChange(manager: EntityManager, before: Client, after: Client, context: StaffContext): Promise<void> {
  const changes = changesBetween(before, after, [...ACCESS_FIELDS]);
  if (!Object.keys(changes).length) return;
  await recordAudit(manager, {
    action: AuditAction.CLIENT_ACCESS_CHANGED,
    actor: context.staff!.user,
    clientId: after.id,
    req: context.req,
    details: { client: after.username, changes },
  });
}

/** What client changes need besides the input: who acts, the request (for the audit) and the mail setup (e-mail change notices). */
type StaffContext = Pick<RequestContext, 'dataSource' | 'config' | 'mailer' | 'req' | 'staff'>;

/**
 * Saves Identification Data. A new e-mail address cancels every welcome and reset link sent to the
 * old one, in the same transaction, and tells the old address (when the client has an account).
 */
export async function updateClientIdentification(context: StaffContext, input: UpdateClientIdentificationInput): Promise<Client> {
  const { dataSource } = context;
  const staff = context.staff!.user;
  const client = await getClient(dataSource, input.id);
  await assertUsernameFree(dataSource, input.username, client.id);
  const changes = identification(input);
  const groupId = await effectiveGroupId(dataSource, { ...client, status: changes.status });
  const { saved, notice } = await dataSource.transaction(async (manager) => {
    const after = await updateIfVersionMatches(manager, client.id, input.version, { ...changes, effectiveGroupId: groupId }, staff);
    await indexClientWords(manager, after.id, after);
    await auditAccessChange(manager, client, after, context);
    const identificationChanges = changesBetween(client, after, ['username', 'name', 'email']);
    if (Object.keys(identificationChanges).length) {
      await recordAudit(manager, {
        action: AuditAction.CLIENT_IDENTIFICATION_CHANGED,
        actor: staff,
        clientId: after.id,
        req: context.req,
        details: { client: after.username, changes: identificationChanges },
      });
    }
    if (client.emailKey === after.emailKey) return { saved: after, notice: null };
    await cancelAccountLinks(manager, client.id);
    const hasAccount = client.passwordHash !== null;
    return {
      saved: after,
      notice:
        client.email && hasAccount
          ? await queueEmailChangedNotice(manager, context.config, context.mailer, after, client.email, staff)
          : null,
    };
  });
  if (notice && context.mailer.configured)
    void deliverLetter(dataSource, context.mailer, notice.id).catch((error) => log().error({ err: error }, 'Delivery failed'));
  return saved;
}

export async function updateSystemAccount(context: StaffContext, input: UpdateSystemAccountInput): Promise<Client> {
  const { dataSource } = context;
  const staff = context.staff!.user;
  const client = await getClient(dataSource, input.clientId);
  let groupId: number | null = null;
  if (!input.assignToStatus) {
    if (!input.groupId) throw new BadUserInputError('Choose a group in "Assign to Group", or tick "Assign to Status".', 'groupId');
    groupId = parseId(input.groupId, 'groupId');
    const group = await dataSource.getRepository(ClientGroup).findOneBy({ id: groupId });
    if (!group) throw new BadUserInputError(`Client group ${groupId} does not exist.`, 'groupId');
  }
  const changes = {
    assignToStatus: input.assignToStatus,
    groupId,
    effectiveGroupId: await effectiveGroupId(dataSource, { assignToStatus: input.assignToStatus, status: client.status, groupId }),
    portalAccessAllowed: input.portalAccessAllowed,
    preferredLanguage: input.preferredLanguage,
    formatPreferences: validateFormatPreferences(input.formatPreferences),
  };
  return dataSource.transaction(async (manager) => {
    const saved = await updateIfVersionMatches(manager, client.id, input.version, changes, staff);
    await auditAccessChange(manager, client, saved, context);
    return saved;
  });
}

/** What went with a deleted client. */
export interface ClientDeletion {
  partnerAliases: number;
  sessions: number;
  tokens: number;
  files: number;
}

/**
 * Deletes a client without work, with everything that only exists for it: partner aliases, sessions,
 * welcome/reset/Sign in as Partner tokens, uploads not attached to anything, and its share of the
 * client count, in one transaction with an audit record. A client with projects, quotes or requests
 * is refused (CLIENT_HAS_WORK, with the counts): one conditional DELETE decides, so a project that
 * arrives at the same moment either makes the delete refuse or is itself refused (whileClientExists).
 * Files are removed from disk after the commit. Sign-in attempts, Sign in as Partner sessions, letters
 * and audit records stay: they are the history of what happened.
 */
export async function deleteClient(context: StaffContext, rawId: string): Promise<ClientDeletion> {
  const { dataSource } = context;
  const id = parseId(rawId, 'id');
  const { deletion, storageKeys } = await dataSource.transaction(async (manager) => {
    const client = await manager.getRepository(Client).findOneBy({ id });
    if (!client) throw new NotFoundError('Client', id);
    // Counted before: the client's row takes its aliases with it (ON DELETE CASCADE).
    const partnerAliases = await manager.getRepository(PartnerAlias).countBy({ clientId: id });
    const deleted = await manager
      .createQueryBuilder()
      .delete()
      .from(Client)
      .where(
        `id = :id
         AND NOT EXISTS (SELECT 1 FROM projects WHERE projects.clientId = :id)
         AND NOT EXISTS (SELECT 1 FROM quotes WHERE quotes.clientId = :id)
         AND NOT EXISTS (SELECT 1 FROM client_requests WHERE client_requests.clientId = :id)`,
        { id },
      )
      .execute();
    if (!deleted.affected) throw await deletionRefusal(manager, id);
    const count = async (table: string) =>
      (await manager.createQueryBuilder().delete().from(table).where('clientId = :id', { id }).execute()).affected ?? 0;
    const files: Array<{ storageKey: string }> = await manager.query('SELECT storageKey FROM stored_files WHERE clientId = ?', [id]);
    const deletion: ClientDeletion = {
      partnerAliases: partnerAliases + (await count('partner_aliases')),
      sessions: await count('sessions'),
      tokens: await count('one_time_tokens'),
      files: await count('stored_files'),
    };
    await count('client_search_words');
    await adjustClientCount(manager, -1);
    await recordAudit(manager, {
      action: AuditAction.CLIENT_DELETED,
      actor: context.staff!.user,
      clientId: id,
      req: context.req,
      details: { client: client.username, name: client.name, removed: { ...deletion } },
    });
    return { deletion, storageKeys: files.map((file) => file.storageKey) };
  });
  for (const key of storageKeys) fs.rmSync(path.join(context.config.filesDir, key), { force: true });
  return deletion;
}

/** Why a client's conditional DELETE removed nothing: it does not exist, or it has work. */
async function deletionRefusal(manager: EntityManager, id: number): Promise<Error> {
  const client = await manager.getRepository(Client).findOneBy({ id });
  if (!client) return new NotFoundError('Client', id);
  const counted = async (table: string) =>
    Number(
      ((await manager.query(`SELECT COUNT(*) AS total FROM ${table} WHERE clientId = ?`, [id])) as Array<{ total: unknown }>)[0]?.total ??
        0,
    );
  const projectCount = await counted('projects');
  const quoteCount = await counted('quotes');
  const requestCount = await counted('client_requests');
  return new ForbiddenError(
    `${client.name} has ${projectCount} project(s), ${quoteCount} quote(s) and ${requestCount} request(s) and cannot be deleted; set it Inactive instead.`,
    { reason: ClientDeletionRefusal.CLIENT_HAS_WORK, projectCount, quoteCount, requestCount },
  );
}

/**
 * Runs `work` (new work for the client: a project, quote or request) only while the client exists;
 * a client deleted at the same moment makes it fail with NOT_FOUND and write nothing (see whileRowExists).
 */
export async function whileClientExists<T>(manager: EntityManager, clientId: number, work: () => Promise<T>): Promise<T> {
  const outcome = await whileRowExists(manager, 'clients', clientId, work);
  if (!outcome.exists) throw new NotFoundError('Client', clientId);
  return outcome.result;
}
