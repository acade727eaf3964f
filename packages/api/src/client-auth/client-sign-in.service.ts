import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ClientGroup } from '../client-groups/client-group.entity';
import { Client } from '../clients/client.entity';
import { evaluateEffectiveAccess } from '../clients/effective-access';
import { getClientPortalSettings, isPortal2Available } from '../client-portal-settings/client-portal-settings.service';
import { RateLimitedError, UnauthenticatedError } from '../common/errors';
import { withoutNewVersion } from '../common/optimistic-lock';
import type { PorticoConfig } from '../config';
import { signIns } from '../ops/metrics';
import { checkPassword, type PasswordCheck } from '../rate-limits/password-guard';
import { ChallengePurpose } from '../two-factor/two-factor.entity';
import { issueChallenge } from '../two-factor/sign-in-challenge.service';
import { confirmedEnrolmentOf, secondFactorRequired } from '../two-factor/two-factor.service';
import { startClientSession } from './client-session.service';
import { recordedSignIn, SignInAttempt, SignInOutcome } from './sign-in-attempt.entity';
import { insertRow } from '../database/insert-row';

/** The one answer to every refused sign-in: it must not tell whether the username exists, the password was wrong, or access is off. */
export const GENERIC_SIGN_IN_REFUSAL = 'Sign-in failed. Check your username and password; if it keeps failing, contact your agency.';

function outcomeOf(
  client: Client | null,
  check: PasswordCheck,
  portalAvailable: boolean,
  accessAllowed: () => Promise<boolean>,
): Promise<SignInOutcome> | SignInOutcome {
  if (!portalAvailable) return SignInOutcome.PORTAL_UNAVAILABLE;
  if (!client) return SignInOutcome.UNKNOWN_USERNAME;
  if (check.outcome === 'LOCKED') return SignInOutcome.ACCOUNT_LOCKED;
  if (!client.passwordHash) return SignInOutcome.NO_PASSWORD_SET;
  if (check.outcome === 'MISMATCH') return SignInOutcome.WRONG_PASSWORD;
  return accessAllowed().then((allowed) => (allowed ? SignInOutcome.SUCCESS : SignInOutcome.ACCESS_DENIED));
}

/**
 * Signs a client in to Client Portal 2.0. Every refusal looks the same to the caller and costs the
 * same argon2 work; the real outcome is recorded for staff. The password check is guarded (see
 * checkPassword): repeated wrong passwords lock the account, even against the right password, and
 * a network that guesses too much is told to wait. Returns the new session's token hash.
 */
export async function signInClient(
  dataSource: DataSource,
  config: PorticoConfig,
  groups: () => Promise<ClientGroup[]>,
  credentials: { username: string; password: string },
  req: Request,
  res: Response,
): Promise<string> {
  const client = await dataSource.getRepository(Client).findOneBy({ usernameKey: credentials.username.trim().toLowerCase() });
  const record = (outcome: SignInOutcome) => recordClientSignIn(dataSource, req, client?.id ?? null, credentials.username, outcome);
  const [secondFactor, settings] = await Promise.all([
    client ? secondFactorDue(dataSource, client, groups) : null,
    getClientPortalSettings(dataSource),
  ]);
  const outcomeWith = (check: PasswordCheck) =>
    outcomeOf(client, check, isPortal2Available(settings), async () => evaluateEffectiveAccess(client!, await groups()).canSignIn);
  /** What a refused sign-in writes: its real outcome, and the client's Last Failed Login Date. */
  const refused = (outcome: SignInOutcome) =>
    Promise.all([
      record(outcome),
      client && dataSource.getRepository(Client).update({ id: client.id }, withoutNewVersion({ lastFailedLoginAt: new Date() })),
    ]);

  let outcome: SignInOutcome | undefined;
  let sessionTokenHash: string | undefined;
  let check: PasswordCheck;
  try {
    check = await checkPassword(dataSource, config, {
      account: client ? { kind: 'client', id: client.id } : null,
      passwordHash: client?.passwordHash ?? null,
      password: credentials.password,
      address: req.ip,
      secondFactorFollows: secondFactor !== null,
      // The session starts in the same round of writes as the guard's own. With a second factor due,
      // the sign-in is recorded (and Last Login Date set) when the second step ends.
      onMatch: async () => {
        outcome = await outcomeWith({ outcome: 'MATCH' });
        if (outcome !== SignInOutcome.SUCCESS) await refused(outcome);
        else if (!secondFactor)
          [, sessionTokenHash] = await Promise.all([record(outcome), completeClientSignIn(dataSource, config, client!, req, res, false)]);
      },
    });
  } catch (error) {
    if (error instanceof RateLimitedError) await record(SignInOutcome.RATE_LIMITED);
    throw error;
  }
  if (check.outcome !== 'MATCH') await refused((outcome = await outcomeWith(check)));
  if (outcome === SignInOutcome.SUCCESS && client && secondFactor) {
    throw secondFactorRequired(
      await issueChallenge(dataSource, { kind: 'client', id: client.id }, secondFactor),
      secondFactor === ChallengePurpose.ENROL,
    );
  }
  if (sessionTokenHash) return sessionTokenHash;
  throw new UnauthenticatedError(GENERIC_SIGN_IN_REFUSAL);
}

/** Records a Client Portal sign-in attempt with its real outcome (and counts it in the metrics). */
export async function recordClientSignIn(
  dataSource: DataSource,
  req: Request,
  clientId: number | null,
  username: string,
  outcome: SignInOutcome,
): Promise<void> {
  signIns.inc({ portal: 'client', outcome });
  await insertRow(dataSource, SignInAttempt, { clientId, ...recordedSignIn(req, username, outcome) });
}

/** The sign-in succeeded (with its second factor, if any): Last Login Date, the recorded success and a new session. */
export async function completeClientSignIn(
  dataSource: DataSource,
  config: PorticoConfig,
  client: Client,
  req: Request,
  res: Response,
  secondFactor: boolean,
): Promise<string> {
  const [, , sessionTokenHash] = await Promise.all([
    dataSource.getRepository(Client).update({ id: client.id }, withoutNewVersion({ lastLoginAt: new Date() })),
    secondFactor ? recordClientSignIn(dataSource, req, client.id, client.username, SignInOutcome.SUCCESS) : undefined,
    startClientSession(dataSource, config, {
      clientId: client.id,
      signInAsPartnerSessionId: null,
      lifetimeMs: config.clientSessionHours * 3600_000,
      req,
      res,
    }),
  ]);
  return sessionTokenHash;
}

/** Which second step a client's sign-in needs: a code (enrolled), enrolment (its effective group requires it), or none. */
export async function secondFactorDue(
  dataSource: DataSource,
  client: Client,
  groups: () => Promise<ClientGroup[]>,
): Promise<ChallengePurpose | null> {
  if (await confirmedEnrolmentOf(dataSource, { kind: 'client', id: client.id })) return ChallengePurpose.CODE;
  return evaluateEffectiveAccess(client, await groups()).group?.twoFactorRequired ? ChallengePurpose.ENROL : null;
}
