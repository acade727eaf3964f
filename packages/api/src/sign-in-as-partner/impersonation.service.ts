import { IsNull, type DataSource } from 'typeorm';
import { Session } from '../auth/session.entity';
import { Impersonation, ImpersonationEndReason } from './impersonation.entity';

/** Records how an impersonated session ended (once: the first reason wins) and revokes its session. */
export async function endImpersonation(dataSource: DataSource, impersonationId: number, reason: ImpersonationEndReason): Promise<void> {
  const now = new Date();
  await dataSource
    .getRepository(Impersonation)
    .update({ id: impersonationId, endedAtRecorded: IsNull() }, { endedAtRecorded: now, endReasonRecorded: reason });
  await dataSource.getRepository(Session).update({ impersonationId, revokedAt: IsNull() }, { revokedAt: now });
}
