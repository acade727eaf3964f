import { createHash, randomInt } from 'node:crypto';
import { TwoFactorProblem } from '@portico/domain';
import { GraphQLError } from 'graphql';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError, ErrorCode, RateLimitedError } from '../common/errors';
import type { PorticoConfig } from '../config';
import { isUniqueViolation } from '../database/data-source';
import { checkCode, type GuardConfig } from '../rate-limits/password-guard';
import { decryptSecret, encryptSecret, requireSecretsKey } from './secret-box';
import { matchingTimeStep, newTotpSecret, otpauthUri, qrCodeSvg } from './totp';
import { TwoFactorEnrolment, TwoFactorRecoveryCode, type TwoFactorAccount, type TwoFactorAccountKind } from './two-factor.entity';

/** Ten single-use recovery codes per enrolment, each 10 characters of a 32-letter alphabet (50 bits). */
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function codeInvalid(field = 'code'): GraphQLError {
  return new BadUserInputError('The code is not correct (or was already used). Try the current code of your authenticator app.', field, {
    reason: TwoFactorProblem.CODE_INVALID,
  });
}

function newRecoveryCode(): string {
  const characters = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${characters.slice(0, 5).join('')}-${characters.slice(5).join('')}`;
}

function recoveryCodeHash(enrolmentId: number, code: string): string {
  const normalised = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(`${enrolmentId}:${normalised}`).digest('hex');
}

/** The account's confirmed enrolment, or null. */
export function confirmedEnrolmentOf(dataSource: DataSource, account: TwoFactorAccount): Promise<TwoFactorEnrolment | null> {
  return dataSource
    .getRepository(TwoFactorEnrolment)
    .findOneBy({ accountKind: account.kind, accountId: account.id, confirmedAt: Not(IsNull()) });
}

/** Which of the given accounts have two-factor sign-in (one statement for a page of accounts). */
export async function enrolledAccountIds(dataSource: DataSource, kind: TwoFactorAccountKind, ids: readonly number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await dataSource.getRepository(TwoFactorEnrolment).find({
    where: { accountKind: kind, accountId: In([...ids]), confirmedAt: Not(IsNull()) },
    select: { accountId: true },
  });
  return new Set(rows.map((row) => row.accountId));
}

export interface EnrolmentStart {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

/**
 * Step 1 of enrolling an authenticator app: a new secret (encrypted at rest), shown once as a QR
 * code and as text. Starting again replaces a pending secret; a confirmed one must be removed first.
 */
export async function startEnrolment(
  dataSource: DataSource,
  config: Pick<PorticoConfig, 'secretsKey'>,
  account: TwoFactorAccount,
  label: string,
  issuer: string,
): Promise<EnrolmentStart> {
  const key = requireSecretsKey(config);
  const repository = dataSource.getRepository(TwoFactorEnrolment);
  const secret = newTotpSecret();
  const existing = await repository.findOneBy({ accountKind: account.kind, accountId: account.id });
  if (existing?.confirmedAt)
    throw new BadUserInputError('Two-factor sign-in is already set up; remove it first to enrol another app.', 'code', {
      reason: TwoFactorProblem.ALREADY_ENROLLED,
    });
  const secretCiphertext = encryptSecret(key, secret);
  if (existing) {
    const result = await repository.update({ id: existing.id, confirmedAt: IsNull() }, { secretCiphertext, lastUsedTimeStep: 0 });
    if (!result.affected) return startEnrolment(dataSource, config, account, label, issuer);
  } else {
    try {
      await repository.insert({
        accountKind: account.kind,
        accountId: account.id,
        secretCiphertext,
        confirmedAt: null,
        lastUsedTimeStep: 0,
      });
    } catch (error) {
      // Another start for the same account won the race; ours replaces its pending secret.
      if (!isUniqueViolation(error)) throw error;
      return startEnrolment(dataSource, config, account, label, issuer);
    }
  }
  const uri = otpauthUri(issuer, label, secret);
  return { secret, otpauthUri: uri, qrCodeSvg: await qrCodeSvg(uri) };
}

/** Accepts a TOTP code once: the conditional UPDATE moves the enrolment's last used step forward, or nothing happens. */
async function claimTimeStep(dataSource: DataSource, enrolment: TwoFactorEnrolment, key: Buffer, code: string): Promise<boolean> {
  const step = matchingTimeStep(decryptSecret(key, enrolment.secretCiphertext), code.replace(/\s/g, ''));
  if (step === null) return false;
  const result = await dataSource
    .createQueryBuilder()
    .update(TwoFactorEnrolment)
    .set({ lastUsedTimeStep: step })
    .where('id = :id AND lastUsedTimeStep < :step', { id: enrolment.id, step })
    .execute();
  return Boolean(result.affected);
}

/** Accepts a recovery code once: the conditional UPDATE marks it used, or nothing happens. */
async function claimRecoveryCode(dataSource: DataSource, enrolment: TwoFactorEnrolment, code: string): Promise<boolean> {
  const result = await dataSource
    .createQueryBuilder()
    .update(TwoFactorRecoveryCode)
    .set({ usedAt: new Date() })
    .where('enrolmentId = :id AND codeHash = :hash AND usedAt IS NULL', { id: enrolment.id, hash: recoveryCodeHash(enrolment.id, code) })
    .execute();
  return Boolean(result.affected);
}

function lockedError(retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(retryAfterSeconds, 'Too many wrong codes or passwords; this account is locked for a while.');
}

/**
 * Step 2 of enrolling: the first code from the app confirms it. Returns the ten recovery codes,
 * shown this once (only their hashes are kept). Wrong codes count toward the account's lock.
 */
export async function confirmEnrolment(
  dataSource: DataSource,
  config: GuardConfig & Pick<PorticoConfig, 'secretsKey'>,
  account: TwoFactorAccount,
  code: string,
  address: string | undefined,
): Promise<string[]> {
  const key = requireSecretsKey(config);
  const pending = await dataSource.getRepository(TwoFactorEnrolment).findOneBy({ accountKind: account.kind, accountId: account.id });
  if (!pending || pending.confirmedAt)
    throw new BadUserInputError('Start the enrolment first (scan the QR code), then enter its code.', 'code', {
      reason: pending ? TwoFactorProblem.ALREADY_ENROLLED : TwoFactorProblem.NOT_ENROLLED,
    });
  const check = await checkCode(dataSource, config, { account, address, verify: () => claimTimeStep(dataSource, pending, key, code) });
  if (check.outcome === 'LOCKED') throw lockedError(check.retryAfterSeconds);
  if (check.outcome === 'MISMATCH') throw codeInvalid();
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await dataSource.transaction(async (manager) => {
    const confirmed = await manager
      .createQueryBuilder()
      .update(TwoFactorEnrolment)
      .set({ confirmedAt: new Date() })
      .where('id = :id AND confirmedAt IS NULL AND secretCiphertext = :secret', { id: pending.id, secret: pending.secretCiphertext })
      .execute();
    if (!confirmed.affected) throw codeInvalid();
    await manager.getRepository(TwoFactorRecoveryCode).delete({ enrolmentId: pending.id });
    await manager
      .getRepository(TwoFactorRecoveryCode)
      .insert(codes.map((recovery) => ({ enrolmentId: pending.id, codeHash: recoveryCodeHash(pending.id, recovery), usedAt: null })));
  });
  return codes;
}

export type SecondFactorResult = { outcome: 'MATCH'; usedRecoveryCode: boolean } | { outcome: 'MISMATCH' } | { outcome: 'NOT_ENROLLED' };

/**
 * Checks a code from the authenticator app (6 digits) or a recovery code against the account's
 * enrolment, under the brute-force limits (claimed before checking, like passwords). Each TOTP time
 * step and each recovery code is accepted once, by a conditional UPDATE. A locked account is refused
 * with RATE_LIMITED.
 */
export async function verifySecondFactor(
  dataSource: DataSource,
  config: GuardConfig & Pick<PorticoConfig, 'secretsKey'>,
  account: TwoFactorAccount,
  code: string,
  address: string | undefined,
): Promise<SecondFactorResult> {
  const key = requireSecretsKey(config);
  const enrolment = await confirmedEnrolmentOf(dataSource, account);
  if (!enrolment) return { outcome: 'NOT_ENROLLED' };
  const trimmed = code.trim();
  const isTotp = /^\d{3}\s?\d{3}$/.test(trimmed);
  const check = await checkCode(dataSource, config, {
    account,
    address,
    verify: () => (isTotp ? claimTimeStep(dataSource, enrolment, key, trimmed) : claimRecoveryCode(dataSource, enrolment, trimmed)),
  });
  if (check.outcome === 'LOCKED') throw lockedError(check.retryAfterSeconds);
  return check.outcome === 'MATCH' ? { outcome: 'MATCH', usedRecoveryCode: !isTotp } : { outcome: 'MISMATCH' };
}

/** Removes the account's authenticator app and recovery codes (the holder with a code, or an administrator's reset). */
export async function deleteEnrolment(manager: DataSource | EntityManager, account: TwoFactorAccount): Promise<boolean> {
  const enrolment = await manager.getRepository(TwoFactorEnrolment).findOneBy({ accountKind: account.kind, accountId: account.id });
  if (!enrolment) return false;
  await manager.getRepository(TwoFactorRecoveryCode).delete({ enrolmentId: enrolment.id });
  await manager.getRepository(TwoFactorEnrolment).delete({ id: enrolment.id });
  return enrolment.confirmedAt !== null;
}

/** Recovery codes not yet used. */
export function recoveryCodesLeft(dataSource: DataSource, enrolmentId: number): Promise<number> {
  return dataSource.getRepository(TwoFactorRecoveryCode).countBy({ enrolmentId, usedAt: IsNull() });
}

/** Removal by the holder: needs a current code or a recovery code. */
export async function removeWithCode(
  dataSource: DataSource,
  config: GuardConfig & Pick<PorticoConfig, 'secretsKey'>,
  account: TwoFactorAccount,
  code: string,
  address: string | undefined,
): Promise<void> {
  const result = await verifySecondFactor(dataSource, config, account, code, address);
  if (result.outcome === 'NOT_ENROLLED')
    throw new BadUserInputError('Two-factor sign-in is not set up.', 'code', { reason: TwoFactorProblem.NOT_ENROLLED });
  if (result.outcome === 'MISMATCH') throw codeInvalid();
  await dataSource.transaction((manager) => deleteEnrolment(manager, account));
}

/** The error the password step answers with when a second factor is due (see ErrorCode.SECOND_FACTOR_REQUIRED). */
export function secondFactorRequired(challenge: { token: string; expiresAt: Date }, enrolmentRequired: boolean): GraphQLError {
  return new GraphQLError(
    enrolmentRequired
      ? 'Your group requires two-factor sign-in: set up an authenticator app to continue.'
      : 'Enter the code from your authenticator app (or a recovery code).',
    {
      extensions: {
        code: ErrorCode.SECOND_FACTOR_REQUIRED,
        challenge: challenge.token,
        expiresAt: challenge.expiresAt.toISOString(),
        enrolmentRequired,
      },
    },
  );
}
