import type { DataSource, EntityManager, WhereExpressionBuilder } from 'typeorm';
import type { ClientViewerContext } from '../auth/context';
import { clientMay } from '../client-auth/client-rights';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { NotFoundError } from '../common/errors';
import { parseId } from '../common/ids';
import { newestFirst, type NewestFirstPage } from '../common/paging';
import { ConversationRecordType } from '../messages/message.entity';
import { ClientNotification, NotificationKind } from './notification.entity';

const RECORD_AREA: Record<ConversationRecordType, ClientPortalArea> = {
  [ConversationRecordType.PROJECT]: ClientPortalArea.PROJECTS,
  [ConversationRecordType.QUOTE]: ClientPortalArea.QUOTES,
  [ConversationRecordType.REQUEST]: ClientPortalArea.REQUESTS,
};

/** The record a notice is about, as it is when the notice is written. */
export interface NotifiedRecord {
  recordType: ConversationRecordType;
  recordId: number;
  clientId: number;
  number: string;
  name: string;
}

/** The notice's view of a project, quote or request. */
export function noticeRecord(
  recordType: ConversationRecordType,
  record: { id: number; clientId: number; number: string; name: string },
): NotifiedRecord {
  return { recordType, recordId: record.id, clientId: record.clientId, number: record.number, name: record.name };
}

/**
 * Writes a notice for the record's client. Pass the transaction's manager: the notice exists exactly
 * when the change that caused it does.
 */
export async function notifyClient(
  manager: EntityManager | DataSource,
  record: NotifiedRecord,
  kind: NotificationKind,
  status: string | null = null,
): Promise<void> {
  await manager.getRepository(ClientNotification).insert({
    clientId: record.clientId,
    kind,
    area: RECORD_AREA[record.recordType],
    recordType: record.recordType,
    recordId: record.recordId,
    recordNumber: record.number.slice(0, 32),
    recordName: record.name.slice(0, 300),
    status,
    readAt: null,
  });
}

/** The areas whose notices the client's group may see (Browse), and whether message notices too. */
function visibleTo(viewer: ClientViewerContext): { areas: ClientPortalArea[]; messages: boolean } {
  const areas = Object.values(RECORD_AREA).filter((area) => clientMay(viewer, area, ClientPortalAction.BROWSE));
  return { areas, messages: clientMay(viewer, ClientPortalArea.MESSAGES, ClientPortalAction.BROWSE) };
}

/**
 * Narrows a query to the viewer's own notices in areas they may browse; false when they may see none.
 * The same rule for the list, the count and "mark all read".
 */
function onlyVisible<T extends WhereExpressionBuilder>(query: T, alias: string, viewer: ClientViewerContext): T | null {
  const { areas, messages } = visibleTo(viewer);
  if (areas.length === 0) return null;
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  query.andWhere(`${column('clientId')} = :clientId`, { clientId: viewer.client.id });
  query.andWhere(`${column('area')} IN (:...areas)`, { areas });
  if (!messages) query.andWhere(`${column('kind')} <> :message`, { message: NotificationKind.NEW_MESSAGE });
  return query;
}

/** One page of the client's notices, newest first. */
export function listNotifications(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  page: NewestFirstPage,
): Promise<ClientNotification[]> {
  const query = onlyVisible(newestFirst(dataSource.getRepository(ClientNotification), 'notice', page), 'notice', viewer);
  return query ? query.getMany() : Promise.resolve([]);
}

/** How many of the client's visible notices are unread: one indexed count. */
export async function unreadNotificationCount(dataSource: DataSource, viewer: ClientViewerContext): Promise<number> {
  const query = onlyVisible(dataSource.getRepository(ClientNotification).createQueryBuilder('notice'), 'notice', viewer);
  if (!query) return 0;
  return query.andWhere('notice.readAt IS NULL').getCount();
}

/** A staff member signed in as the client reads along without changing what the client has seen. */
function changesReadState(viewer: ClientViewerContext): boolean {
  return !viewer.impersonation;
}

/** Marks one of the client's notices read (once: a second opening keeps the first time). */
export async function markNotificationRead(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  rawId: string,
): Promise<ClientNotification> {
  const id = parseId(rawId, 'id');
  const repository = dataSource.getRepository(ClientNotification);
  const query = onlyVisible(repository.createQueryBuilder('notice'), 'notice', viewer);
  const notice = query ? await query.andWhere('notice.id = :id', { id }).getOne() : null;
  if (!notice) throw new NotFoundError('Notification', id);
  if (changesReadState(viewer) && !notice.readAt) {
    await repository
      .createQueryBuilder()
      .update(ClientNotification)
      .set({ readAt: new Date() })
      .where('id = :id AND readAt IS NULL', { id })
      .execute();
    return repository.findOneByOrFail({ id });
  }
  return notice;
}

/** Marks every visible unread notice of the client read; answers how many changed. */
export async function markAllNotificationsRead(dataSource: DataSource, viewer: ClientViewerContext): Promise<number> {
  if (!changesReadState(viewer)) return 0;
  const update = dataSource.createQueryBuilder().update(ClientNotification).set({ readAt: new Date() }).where('readAt IS NULL');
  const query = onlyVisible(update, '', viewer);
  if (!query) return 0;
  return (await query.execute()).affected ?? 0;
}

/** Opening a conversation reads its message notices too. */
export async function markMessageNoticesRead(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  recordType: ConversationRecordType,
  recordId: number,
): Promise<void> {
  if (!changesReadState(viewer)) return;
  await dataSource
    .createQueryBuilder()
    .update(ClientNotification)
    .set({ readAt: new Date() })
    .where('clientId = :clientId AND recordType = :recordType AND recordId = :recordId AND kind = :kind AND readAt IS NULL', {
      clientId: viewer.client.id,
      recordType,
      recordId,
      kind: NotificationKind.NEW_MESSAGE,
    })
    .execute();
}
