import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffUser } from '../staff/staff-user.entity';
import { AuditEvent } from './audit-event.entity';

/** Writes one audit record; pass the transaction's manager so the record commits with the change. */
export async function recordAudit(
  manager: DataSource | EntityManager,
  event: { action: string; actor: StaffUser | null; clientId?: number | null; req?: Request; details?: Record<string, unknown> },
): Promise<void> {
  const repository = manager.getRepository(AuditEvent);
  await repository.save(repository.create({
    action: event.action,
    occurredAt: new Date(),
    actorName: event.actor?.fullName ?? null,
    actorStaffUserId: event.actor?.id ?? null,
    clientId: event.clientId ?? null,
    ipAddress: event.req?.ip?.slice(0, 64) ?? null,
    details: event.details ?? {},
  }));
}
