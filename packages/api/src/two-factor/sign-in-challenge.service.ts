import { TwoFactorProblem } from '@portico/domain';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { hashToken, newToken } from '../auth/session-token';
import { ErrorCode } from '../common/errors';
import { ChallengePurpose, SignInChallenge, type TwoFactorAccount, type TwoFactorAccountKind } from './two-factor.entity';

/** How long the code step may follow the password step; enrolling (scanning a QR code) takes longer. */
const LIFETIME_MS: Record<ChallengePurpose, number> = { CODE: 5 * 60_000, ENROL: 15 * 60_000 };
/** How long one code step holds a challenge (a process that dies holding it gives it back by then). */
const LEASE_MS = 20_000;

/** Refused: the challenge is unknown, used, expired or busy with another attempt. Start again with the password. */
export function challengeInvalid(): GraphQLError {
  return new GraphQLError('This sign-in has expired or was already completed; sign in again with your password.', {
    extensions: { code: ErrorCode.UNAUTHENTICATED, reason: TwoFactorProblem.CHALLENGE_INVALID },
  });
}

/** Issues the proof that the password step succeeded; only its SHA-256 is stored. */
export async function issueChallenge(
  dataSource: DataSource,
  account: TwoFactorAccount,
  purpose: ChallengePurpose,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + LIFETIME_MS[purpose]);
  await dataSource.getRepository(SignInChallenge).insert({
    tokenHash: hashToken(token),
    accountKind: account.kind,
    accountId: account.id,
    purpose,
    expiresAt,
    inUseUntil: null,
    usedAt: null,
  });
  return { token, expiresAt };
}

/**
 * Holds a challenge for one code step: a single conditional UPDATE, so of any number of simultaneous
 * steps on one challenge exactly one goes ahead; the others are refused without looking at their codes.
 */
export async function claimChallenge(
  dataSource: DataSource,
  token: string,
  kind: TwoFactorAccountKind,
  purpose: ChallengePurpose,
): Promise<SignInChallenge> {
  const now = new Date();
  const tokenHash = hashToken(token);
  const result = await dataSource
    .createQueryBuilder()
    .update(SignInChallenge)
    .set({ inUseUntil: new Date(now.getTime() + LEASE_MS) })
    .where(
      'tokenHash = :tokenHash AND accountKind = :kind AND purpose = :purpose AND usedAt IS NULL AND expiresAt > :now AND (inUseUntil IS NULL OR inUseUntil <= :now)',
      { tokenHash, kind, purpose, now },
    )
    .execute();
  if (!result.affected) throw challengeInvalid();
  return dataSource.getRepository(SignInChallenge).findOneByOrFail({ tokenHash });
}

/** A wrong code: the challenge may be tried again (the account's limits count the failures). */
export async function releaseChallenge(dataSource: DataSource, challenge: SignInChallenge): Promise<void> {
  await dataSource.getRepository(SignInChallenge).update({ tokenHash: challenge.tokenHash }, { inUseUntil: null });
}

/** The sign-in completed: the challenge never works again. */
export async function useUpChallenge(dataSource: DataSource, challenge: SignInChallenge): Promise<void> {
  await dataSource.getRepository(SignInChallenge).update({ tokenHash: challenge.tokenHash }, { usedAt: new Date(), inUseUntil: null });
}

/** Reads a challenge without holding it (the enrolment step shows the QR code of the account it belongs to). */
export async function peekChallenge(
  dataSource: DataSource,
  token: string,
  kind: TwoFactorAccountKind,
  purpose: ChallengePurpose,
): Promise<SignInChallenge> {
  const challenge = await dataSource.getRepository(SignInChallenge).findOneBy({ tokenHash: hashToken(token) });
  if (
    !challenge ||
    challenge.accountKind !== kind ||
    challenge.purpose !== purpose ||
    challenge.usedAt ||
    challenge.expiresAt <= new Date()
  )
    throw challengeInvalid();
  return challenge;
}

/** Forgets challenges that ended long ago (housekeeping). */
export async function removeStaleChallenges(dataSource: DataSource, now = new Date()): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .delete()
    .from(SignInChallenge)
    .where('expiresAt < :cutoff', { cutoff: new Date(now.getTime() - 24 * 3600_000) })
    .execute();
}
