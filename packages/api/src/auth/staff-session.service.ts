import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { RateLimitedError } from '../common/errors';
import { withoutNewVersion } from '../common/optimistic-lock';
import type { PorticoConfig } from '../config';
import { signIns } from '../ops/metrics';
import { recordedSignIn, SignInOutcome } from '../client-auth/sign-in-attempt.entity';
import { checkPassword, type PasswordCheck } from '../rate-limits/password-guard';
import { SignInAsPartnerEndReason } from '../sign-in-as-partner/sign-in-as-partner-session.entity';
import { endSignInAsPartnerSessionsOf } from '../sign-in-as-partner/sign-in-as-partner-session.service';
import { StaffSignInAttempt } from '../staff/staff-sign-in-attempt.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import type { StaffViewerContext } from './context';
import { readCookie, sessionCookieOptions } from './cookies';
import { Session, SessionKind } from './session.entity';
import { hashToken } from './session-token';
import { insertSession } from './new-session';
import { insertRow } from '../database/insert-row';
import { hydrated, selectedColumns } from '../database/joined-rows';
import { ChallengePurpose } from '../two-factor/two-factor.entity';
import { preparedRows } from '../database/prepared-statements';

export const STAFF_COOKIE = 'portico_staff';

/** Writing lastSeenAt on every request would turn reads into writes; once in a while is enough. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

function outcomeOf(user: StaffUser | null, check: PasswordCheck): SignInOutcome {
  if (!user) return SignInOutcome.UNKNOWN_USERNAME;
  if (check.outcome === 'LOCKED') return SignInOutcome.ACCOUNT_LOCKED;
  if (check.outcome === 'MISMATCH') return SignInOutcome.WRONG_PASSWORD;
  return user.active ? SignInOutcome.SUCCESS : SignInOutcome.ACCOUNT_INACTIVE;
}

/** A right password of an active account: either the session has started, or a second step is due first. */
export type StaffSignIn =
  | { user: StaffUser; group: UserGroup; secondFactor: null; sessionTokenHash: string }
  | { user: StaffUser; group: UserGroup; secondFactor: ChallengePurpose };

/**
 * Checks a staff member's username and password with the same protection as clients get (see
 * checkPassword) and records the real outcome. Null unless both are right, the account is active and
 * not locked; an unknown username costs the same time as a wrong password. When no second step is due,
 * the session starts (and the sign-in is recorded) in the same round of writes as the guard's own.
 */
export async function signInStaff(
  dataSource: DataSource,
  config: PorticoConfig,
  username: string,
  password: string,
  req: Request,
  res: Response,
): Promise<StaffSignIn | null> {
  const { user, group, secondFactor } = await staffSigningIn(dataSource, username);
  const record = (outcome: SignInOutcome) => recordStaffSignIn(dataSource, req, user?.id ?? null, username, outcome);
  let sessionTokenHash: string | undefined;
  let check: PasswordCheck;
  try {
    check = await checkPassword(dataSource, config, {
      account: user ? { kind: 'staff', id: user.id } : null,
      passwordHash: user?.passwordHash ?? null,
      password,
      address: req.ip,
      secondFactorFollows: secondFactor !== null,
      // A right password with a second factor still to come is recorded when that step ends.
      onMatch: async () => {
        if (!user?.active) return record(SignInOutcome.ACCOUNT_INACTIVE);
        if (secondFactor) return;
        [, sessionTokenHash] = await Promise.all([record(SignInOutcome.SUCCESS), startStaffSession(dataSource, config, user, req, res)]);
      },
    });
  } catch (error) {
    if (error instanceof RateLimitedError) await record(SignInOutcome.RATE_LIMITED);
    throw error;
  }
  const outcome = outcomeOf(user, check);
  if (check.outcome !== 'MATCH') await record(outcome);
  if (outcome !== SignInOutcome.SUCCESS || !user || !group) return null;
  return secondFactor ? { user, group, secondFactor } : { user, group, secondFactor: null, sessionTokenHash: sessionTokenHash! };
}

/** Records a staff sign-in attempt with its real outcome (and counts it in the metrics). */
export async function recordStaffSignIn(
  dataSource: DataSource,
  req: Request,
  staffUserId: number | null,
  username: string,
  outcome: SignInOutcome,
): Promise<void> {
  signIns.inc({ portal: 'staff', outcome });
  await insertRow(dataSource, StaffSignInAttempt, { staffUserId, ...recordedSignIn(req, username, outcome) });
}

/**
 * The staff member a username names, their group, and which second step their sign-in needs (a code
 * when enrolled, enrolment when the group requires it, or none): one statement.
 */
async function staffSigningIn(
  dataSource: DataSource,
  username: string,
): Promise<{ user: StaffUser | null; group: UserGroup | null; secondFactor: ChallengePurpose | null }> {
  const [row] = await preparedRows(
    dataSource,
    `SELECT ${selectedColumns(dataSource, StaffUser, 'u')}, ${selectedColumns(dataSource, UserGroup, 'g')}, e.id AS enrolmentId
     FROM staff_users u JOIN user_groups g ON g.id = u.groupId
     LEFT JOIN two_factor_enrolments e ON e.accountKind = ? AND e.accountId = u.id AND e.confirmedAt IS NOT NULL
     WHERE u.usernameKey = ?`,
    ['staff', username.trim().toLowerCase()],
  );
  if (!row) return { user: null, group: null, secondFactor: null };
  const group = hydrated(dataSource, UserGroup, row, 'g');
  const secondFactor =
    row.enrolmentId !== null && row.enrolmentId !== undefined
      ? ChallengePurpose.CODE
      : group?.twoFactorRequired
        ? ChallengePurpose.ENROL
        : null;
  return { user: hydrated(dataSource, StaffUser, row, 'u'), group, secondFactor };
}

/**
 * Starts a server-side session for the user and hands its token to the browser as an httpOnly
 * cookie. A session the browser already had ends: one browser, one staff session.
 */
export async function startStaffSession(
  dataSource: DataSource,
  config: PorticoConfig,
  user: StaffUser,
  req: Request,
  res: Response,
  secondFactor = false,
): Promise<string> {
  const previous = readCookie(req, STAFF_COOKIE);
  const now = new Date();
  const lifetimeMs = config.staffSessionHours * 3600 * 1000;
  // The session the browser had, the new one and the user's sign-in time are independent rows: written at once.
  const [, token] = await Promise.all([
    previous
      ? dataSource.getRepository(Session).update({ tokenHash: hashToken(previous), kind: SessionKind.STAFF }, { revokedAt: now })
      : undefined,
    insertSession(dataSource, req, { kind: SessionKind.STAFF, staffUserId: user.id, secondFactor }, lifetimeMs, now),
    dataSource.getRepository(StaffUser).update({ id: user.id }, withoutNewVersion({ lastSignInAt: now })),
  ]);
  res.cookie(STAFF_COOKIE, token, sessionCookieOptions(config, lifetimeMs));
  return hashToken(token);
}

/** The staff member whose live session the request's cookie carries, or null. One SQL statement. */
export async function readStaffViewer(dataSource: DataSource, req: Request): Promise<StaffViewerContext | null> {
  const token = readCookie(req, STAFF_COOKIE);
  if (!token) return null;
  const tokenHash = hashToken(token);
  const [row] = await preparedRows(
    dataSource,
    `SELECT ${selectedColumns(dataSource, Session, 's')}, ${selectedColumns(dataSource, StaffUser, 'u')}, ${selectedColumns(dataSource, UserGroup, 'g')}
     FROM sessions s JOIN staff_users u ON u.id = s.staffUserId JOIN user_groups g ON g.id = u.groupId
     WHERE s.tokenHash = ? AND s.kind = ?`,
    [tokenHash, SessionKind.STAFF],
  );
  if (!row) return null;
  const session = hydrated(dataSource, Session, row, 's');
  const user = hydrated(dataSource, StaffUser, row, 'u');
  const group = hydrated(dataSource, UserGroup, row, 'g');
  const now = new Date();
  if (!session || !user || !group || session.revokedAt || session.expiresAt <= now || !user.active) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await dataSource.getRepository(Session).update({ tokenHash }, { lastSeenAt: now });
  }
  return { user, group, sessionTokenHash: tokenHash, rights: group.grantedRights(), secondFactor: session.secondFactor };
}

export async function endStaffSession(dataSource: DataSource, config: PorticoConfig, tokenHash: string, res: Response): Promise<void> {
  await dataSource.getRepository(Session).update({ tokenHash }, { revokedAt: new Date() });
  res.clearCookie(STAFF_COOKIE, sessionCookieOptions(config));
}

/**
 * Ends every live session of a staff member (deactivated, deleted, password set, or on request),
 * and the session the staff member has as a client: no way in is left open.
 */
export async function revokeAllStaffSessions(
  dataSource: DataSource,
  staffUserId: number,
  options: { reason?: SignInAsPartnerEndReason; keepTokenHash?: string } = {},
): Promise<number> {
  await endSignInAsPartnerSessionsOf(dataSource, staffUserId, options.reason ?? SignInAsPartnerEndReason.STAFF_SESSIONS_REVOKED);
  const result = await dataSource
    .createQueryBuilder()
    .update(Session)
    .set({ revokedAt: new Date() })
    .where('staffUserId = :staffUserId AND revokedAt IS NULL AND tokenHash <> :keep', { staffUserId, keep: options.keepTokenHash ?? '' })
    .execute();
  return result.affected ?? 0;
}
