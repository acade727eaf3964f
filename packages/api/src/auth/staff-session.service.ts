import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { PorticoConfig } from '../config';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import type { StaffViewerContext } from './context';
import { readCookie, sessionCookieOptions } from './cookies';
import { decoyPasswordHash, verifyPassword } from './password';
import { Session, SessionKind } from './session.entity';
import { hashToken, newToken } from './session-token';

export const STAFF_COOKIE = 'portico_staff';

/** Writing lastSeenAt on every request would turn reads into writes; once in a while is enough. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

/**
 * Checks a staff member's username and password. Returns the user only when both are right and
 * the account is active; an unknown username costs the same time as a wrong password.
 */
export async function verifyStaffCredentials(dataSource: DataSource, username: string, password: string): Promise<StaffUser | null> {
  const user = await dataSource.getRepository(StaffUser).findOneBy({ usernameKey: username.trim().toLowerCase() });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  return user && user.active && passwordMatches ? user : null;
}

/** Starts a server-side session for the user and hands its token to the browser as an httpOnly cookie. */
export async function startStaffSession(dataSource: DataSource, config: PorticoConfig, user: StaffUser, req: Request, res: Response): Promise<string> {
  const token = newToken();
  const now = new Date();
  const lifetimeMs = config.staffSessionHours * 3600 * 1000;
  await dataSource.getRepository(Session).insert({
    tokenHash: hashToken(token),
    kind: SessionKind.STAFF,
    staffUserId: user.id,
    expiresAt: new Date(now.getTime() + lifetimeMs),
    lastSeenAt: now,
    revokedAt: null,
    ipAddress: req.ip?.slice(0, 64) ?? null,
    userAgent: req.get('user-agent')?.slice(0, 255) ?? null,
  });
  await dataSource.getRepository(StaffUser).update({ id: user.id }, { lastSignInAt: now });
  res.cookie(STAFF_COOKIE, token, sessionCookieOptions(config, lifetimeMs));
  return hashToken(token);
}

/** The staff member whose live session the request's cookie carries, or null. One SQL statement. */
export async function readStaffViewer(dataSource: DataSource, req: Request): Promise<StaffViewerContext | null> {
  const token = readCookie(req, STAFF_COOKIE);
  if (!token) return null;
  const tokenHash = hashToken(token);
  const row = await dataSource
    .getRepository(Session)
    .createQueryBuilder('session')
    .innerJoinAndMapOne('session.user', StaffUser, 'user', 'user.id = session.staffUserId')
    .innerJoinAndMapOne('session.group', UserGroup, 'userGroup', 'userGroup.id = user.groupId')
    .where('session.tokenHash = :tokenHash', { tokenHash })
    .andWhere('session.kind = :kind', { kind: SessionKind.STAFF })
    .getOne();
  const session = row as (Session & { user?: StaffUser; group?: UserGroup }) | null;
  const now = new Date();
  if (!session?.user || !session.group || session.revokedAt || session.expiresAt <= now || !session.user.active) return null;

  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await dataSource.getRepository(Session).update({ tokenHash }, { lastSeenAt: now });
  }
  return { user: session.user, sessionTokenHash: tokenHash, rights: session.group.grantedRights() };
}

export async function endStaffSession(dataSource: DataSource, config: PorticoConfig, tokenHash: string, res: Response): Promise<void> {
  await dataSource.getRepository(Session).update({ tokenHash }, { revokedAt: new Date() });
  res.clearCookie(STAFF_COOKIE, sessionCookieOptions(config));
}

/** Ends every live session of a staff member (deactivated, deleted, password changed, or on request). */
export async function revokeAllStaffSessions(dataSource: DataSource, staffUserId: number): Promise<number> {
  const result = await dataSource
    .createQueryBuilder()
    .update(Session)
    .set({ revokedAt: new Date() })
    .where('staffUserId = :staffUserId AND revokedAt IS NULL', { staffUserId })
    .execute();
  return result.affected ?? 0;
}
