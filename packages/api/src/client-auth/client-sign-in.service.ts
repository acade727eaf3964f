import type { Request, Response } from 'express';
import { MoreThan, In, type DataSource } from 'typeorm';
import { decoyPasswordHash, verifyPassword } from '../auth/password';
import type { ClientGroup } from '../client-groups/client-group.entity';
import { Client } from '../clients/client.entity';
import { evaluateEffectiveAccess } from '../clients/effective-access';
import { getClientPortalSettings, isPortal2Available } from '../client-portal-settings/client-portal-settings.service';
import { UnauthenticatedError } from '../common/errors';
import type { PorticoConfig } from '../config';
import { startClientSession } from './client-session.service';
import { SignInAttempt, SignInOutcome } from './sign-in-attempt.entity';

/** The one answer to every refused sign-in: it must not tell whether the username exists, the password was wrong, or access is off. */
export const GENERIC_SIGN_IN_REFUSAL = 'Sign-in failed. Check your username and password; if it keeps failing, contact your agency.';

/** Outcomes that count toward the lock: guesses of the password. */
const COUNTED_FAILURES = [SignInOutcome.WRONG_PASSWORD, SignInOutcome.NO_PASSWORD_SET];

export function isLocked(client: Pick<Client, 'lockedUntil'>, now = new Date()): boolean {
  return client.lockedUntil !== null && client.lockedUntil > now;
}

/**
 * Signs a client in to Client Portal 2.0. Every refusal looks the same to the caller and costs the
 * same argon2 work; the real outcome is recorded for staff. Repeated wrong passwords lock the
 * account for a while, and a locked account is refused even with the right password.
 * Returns the new session's token hash.
 */
export async function signInClient(
  dataSource: DataSource,
  config: PorticoConfig,
  groups: () => Promise<ClientGroup[]>,
  credentials: { username: string; password: string },
  req: Request,
  res: Response,
): Promise<string> {
  const now = new Date();
  const client = await dataSource.getRepository(Client).findOneBy({ usernameKey: credentials.username.trim().toLowerCase() });
  const passwordMatches = await verifyPassword(client?.passwordHash ?? (await decoyPasswordHash()), credentials.password);
  const settings = await getClientPortalSettings(dataSource);

  let outcome: SignInOutcome;
  if (!isPortal2Available(settings)) outcome = SignInOutcome.PORTAL_UNAVAILABLE;
  else if (!client) outcome = SignInOutcome.UNKNOWN_USERNAME;
  else if (isLocked(client, now)) outcome = SignInOutcome.ACCOUNT_LOCKED;
  else if (!client.passwordHash) outcome = SignInOutcome.NO_PASSWORD_SET;
  else if (!passwordMatches) outcome = SignInOutcome.WRONG_PASSWORD;
  else if (!evaluateEffectiveAccess(client, await groups()).canSignIn) outcome = SignInOutcome.ACCESS_DENIED;
  else outcome = SignInOutcome.SUCCESS;

  await dataSource.getRepository(SignInAttempt).insert({
    clientId: client?.id ?? null,
    usernameTried: credentials.username.slice(0, 100),
    outcome,
    attemptedAt: now,
    ipAddress: req.ip?.slice(0, 64) ?? null,
    userAgent: req.get('user-agent')?.slice(0, 255) ?? null,
  });

  if (outcome === SignInOutcome.SUCCESS && client) {
    await dataSource.getRepository(Client).update({ id: client.id }, { lastLoginAt: now, failuresCountedFrom: now, lockedUntil: null });
    return startClientSession(dataSource, config, { clientId: client.id, impersonationId: null, lifetimeMs: config.clientSessionHours * 3600_000, req, res });
  }

  if (client) {
    await dataSource.getRepository(Client).update({ id: client.id }, { lastFailedLoginAt: now });
    if (COUNTED_FAILURES.includes(outcome)) await lockAfterRepeatedFailures(dataSource, config, client, now);
  }
  throw new UnauthenticatedError(GENERIC_SIGN_IN_REFUSAL);
}

/** Locks the account once the failures within the window reach the limit. Counted in the database, so it holds across processes. */
async function lockAfterRepeatedFailures(dataSource: DataSource, config: PorticoConfig, client: Client, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - config.signInFailureWindowMinutes * 60_000);
  const countFrom = client.failuresCountedFrom && client.failuresCountedFrom > windowStart ? client.failuresCountedFrom : windowStart;
  const failures = await dataSource.getRepository(SignInAttempt).countBy({
    clientId: client.id,
    outcome: In(COUNTED_FAILURES),
    attemptedAt: MoreThan(countFrom),
  });
  if (failures >= config.signInMaxFailures) {
    await dataSource
      .getRepository(Client)
      .update({ id: client.id }, { lockedUntil: new Date(now.getTime() + config.signInLockMinutes * 60_000), failuresCountedFrom: now });
  }
}

/** Lifts a lock (staff action); earlier failures no longer count. */
export async function unlockClient(dataSource: DataSource, clientId: number): Promise<void> {
  await dataSource.getRepository(Client).update({ id: clientId }, { lockedUntil: null, failuresCountedFrom: new Date() });
}
