import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { insertRow } from '../database/insert-row';
import { Session, SessionKind } from './session.entity';
import { hashToken, newToken } from './session-token';

/**
 * Writes a new session for the browser behind `req` (its address and user agent kept for the
 * sessions list) and answers its token, for the cookie: only its hash is stored.
 */
export async function insertSession(
  dataSource: DataSource,
  req: Request,
  session: { kind: SessionKind; staffUserId?: number; clientId?: number; signInAsPartnerSessionId?: number | null; secondFactor?: boolean },
  lifetimeMs: number,
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await insertRow(dataSource, Session, {
    staffUserId: null,
    clientId: null,
    signInAsPartnerSessionId: null,
    ...session,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + lifetimeMs),
    lastSeenAt: now,
    revokedAt: null,
    ipAddress: req.ip?.slice(0, 64) ?? null,
    userAgent: req.get('user-agent')?.slice(0, 255) ?? null,
  });
  return token;
}
