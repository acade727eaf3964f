import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { parseId } from '../common/ids';
import { LOG_PAGE_MAX, newestFirst } from '../common/paging';
import type { StaffUser } from '../staff/staff-user.entity';
import { AuditAction, AuditEvent } from './audit-event.entity';

/** Writes one audit record; pass the transaction's manager so the record commits with the change. */
export async function recordAudit(
  manager: DataSource | EntityManager,
  event: {
    action: AuditAction;
    actor: Pick<StaffUser, 'id' | 'fullName'> | null;
    clientId?: number | null;
    subjectStaffUserId?: number | null;
    req?: Request;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const repository = manager.getRepository(AuditEvent);
  await repository.save(
    repository.create({
      action: event.action,
      occurredAt: new Date(),
      actorName: event.actor?.fullName ?? null,
      actorStaffUserId: event.actor?.id ?? null,
      clientId: event.clientId ?? null,
      subjectStaffUserId: event.subjectStaffUserId ?? null,
      ipAddress: event.req?.ip?.slice(0, 64) ?? null,
      details: event.details ?? {},
    }),
  );
}

/** One changed value, as the audit log shows it: old and new. */
export interface ValueChange {
  from: unknown;
  to: unknown;
}

/** The fields whose values differ between two states of a record, with both values (compared as JSON). */
export function changesBetween<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Record<string, ValueChange> {
  const changes: Record<string, ValueChange> = {};
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export async function listAuditEvents(
  dataSource: DataSource,
  options: {
    first: number;
    before?: string | null;
    action?: string | null;
    clientId?: string | null;
    actorStaffUserId?: string | null;
    subjectStaffUserId?: string | null;
  },
): Promise<AuditEvent[]> {
  const query = newestFirst(dataSource.getRepository(AuditEvent), 'event', options, LOG_PAGE_MAX);
  if (options.action) query.andWhere('event.action = :action', { action: options.action });
  if (options.clientId) query.andWhere('event.clientId = :clientId', { clientId: parseId(options.clientId, 'clientId') });
  if (options.actorStaffUserId)
    query.andWhere('event.actorStaffUserId = :actor', { actor: parseId(options.actorStaffUserId, 'actorStaffUserId') });
  if (options.subjectStaffUserId)
    query.andWhere('event.subjectStaffUserId = :subject', { subject: parseId(options.subjectStaffUserId, 'subjectStaffUserId') });
  return query.getMany();
}

/** The staff member an audited change is made by, with the request it came in (for the address). */
export interface AuditedBy {
  user: Pick<StaffUser, 'id' | 'fullName'>;
  req?: Request;
}

/** The signed-in staff member of a request, as audited changes record them. */
export function auditedBy(context: { staff: { user: StaffUser } | null; req: Request }): AuditedBy {
  return { user: context.staff!.user, req: context.req };
}

/** What a client's history on its profile shows: changes to its access, identification, account and aliases. */
export const CLIENT_HISTORY_ACTIONS: readonly AuditAction[] = [
  AuditAction.CLIENT_ACCESS_CHANGED,
  AuditAction.CLIENT_IDENTIFICATION_CHANGED,
  AuditAction.CLIENT_ACCOUNT_UNLOCKED,
  AuditAction.PARTNER_ALIAS_ADDED,
  AuditAction.PARTNER_ALIAS_CHANGED,
  AuditAction.PARTNER_ALIAS_REMOVED,
];

/** A client's history, newest first, from the audit records that name it (index IDX_audit_events_client). */
export async function listClientHistory(dataSource: DataSource, clientId: number, first: number): Promise<AuditEvent[]> {
  return dataSource
    .getRepository(AuditEvent)
    .createQueryBuilder('event')
    .where('event.clientId = :clientId', { clientId })
    .andWhere('event.action IN (:...actions)', { actions: [...CLIENT_HISTORY_ACTIONS] })
    .orderBy('event.occurredAt', 'DESC')
    .addOrderBy('event.id', 'DESC')
    .take(Math.min(Math.max(first, 1), 200))
    .getMany();
}
