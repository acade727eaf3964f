import { IsNull, type DataSource } from 'typeorm';
import { Session } from '../auth/session.entity';
import { SignInAsPartnerSession, SignInAsPartnerEndReason } from './sign-in-as-partner-session.entity';

/**
 * Records how an impersonated session ended (once: the first reason wins), frees the staff member's
 * one running slot and revokes the session's cookie.
 */
export async function endSignInAsPartnerSession(
  dataSource: DataSource,
  signInAsPartnerSessionId: number,
  reason: SignInAsPartnerEndReason,
): Promise<void> {
  const now = new Date();
  await dataSource
    .getRepository(SignInAsPartnerSession)
    .update({ id: signInAsPartnerSessionId, endedAtRecorded: IsNull() }, { endedAtRecorded: now, endReasonRecorded: reason });
  await dataSource.getRepository(SignInAsPartnerSession).update({ id: signInAsPartnerSessionId }, { runningForStaffUserId: null });
  await dataSource.getRepository(Session).update({ signInAsPartnerSessionId, revokedAt: IsNull() }, { revokedAt: now });
}

/** Ends the session a staff member has as a client, if any (sign-out, revoked sessions, a new session as a client). */
export async function endSignInAsPartnerSessionsOf(
  dataSource: DataSource,
  staffUserId: number,
  reason: SignInAsPartnerEndReason,
): Promise<void> {
  const now = new Date();
  const holders = await dataSource.getRepository(SignInAsPartnerSession).findBy({ runningForStaffUserId: staffUserId });
  for (const holder of holders) {
    // A session past its time limit ended by itself (EXPIRED); only its slot is left to free.
    if (holder.expiresAt <= now && !holder.endedAtRecorded)
      await dataSource.getRepository(SignInAsPartnerSession).update({ id: holder.id }, { runningForStaffUserId: null });
    else await endSignInAsPartnerSession(dataSource, holder.id, reason);
  }
}
