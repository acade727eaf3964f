import { IsNull, type DataSource } from 'typeorm';
import { Session } from '../auth/session.entity';
import { Impersonation, ImpersonationEndReason } from './impersonation.entity';

/**
 * Records how an impersonated session ended (once: the first reason wins), frees the staff member's
 * one running slot and revokes the session's cookie.
 */
export async function endImpersonation(dataSource: DataSource, impersonationId: number, reason: ImpersonationEndReason): Promise<void> {
  const now = new Date();
  await dataSource
    .getRepository(Impersonation)
    .update({ id: impersonationId, endedAtRecorded: IsNull() }, { endedAtRecorded: now, endReasonRecorded: reason });
  await dataSource.getRepository(Impersonation).update({ id: impersonationId }, { runningForStaffUserId: null });
  await dataSource.getRepository(Session).update({ impersonationId, revokedAt: IsNull() }, { revokedAt: now });
}

/** Ends the session a staff member has as a client, if any (sign-out, revoked sessions, a new session as a client). */
export async function endImpersonationsOf(dataSource: DataSource, staffUserId: number, reason: ImpersonationEndReason): Promise<void> {
  const now = new Date();
  const holders = await dataSource.getRepository(Impersonation).findBy({ runningForStaffUserId: staffUserId });
  for (const holder of holders) {
    // A session past its time limit ended by itself (EXPIRED); only its slot is left to free.
    if (holder.expiresAt <= now && !holder.endedAtRecorded)
      await dataSource.getRepository(Impersonation).update({ id: holder.id }, { runningForStaffUserId: null });
    else await endImpersonation(dataSource, holder.id, reason);
  }
}
