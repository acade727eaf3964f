import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { TokenProblem } from '@portico/domain';
import { hashToken, newToken } from '../auth/session-token';
import { BadUserInputError } from '../common/errors';
import { OneTimeToken, TokenPurpose } from './one-time-token.entity';

/** The purposes whose links let someone choose a client's password. */
export const ACCOUNT_LINK_PURPOSES = [TokenPurpose.WELCOME, TokenPurpose.PASSWORD_RESET];

/**
 * Issues a token and returns the secret, which is stored nowhere (only its SHA-256). With
 * `replaceOlder` (the default) the client's unused tokens of the same purpose stop working; a
 * token minted again for the same letter replaces that letter's earlier one, unless
 * `keepEarlierOfLetter` (the letter goes out again after a copy that may have arrived).
 */
export async function issueToken(
  manager: DataSource | EntityManager,
  options: {
    purpose: TokenPurpose;
    clientId: number;
    staffUserId: number | null;
    lifetimeMs: number;
    payload?: Record<string, string | boolean>;
    letterId?: number | null;
    replaceOlder?: boolean;
    keepEarlierOfLetter?: boolean;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const now = new Date();
  const repository = manager.getRepository(OneTimeToken);
  const keptLetterId = options.keepEarlierOfLetter && options.letterId ? options.letterId : null;
  if (options.replaceOlder ?? true) {
    const older = manager
      .createQueryBuilder()
      .update(OneTimeToken)
      .set({ consumedAt: now })
      .where('clientId = :clientId AND purpose = :purpose AND consumedAt IS NULL', {
        clientId: options.clientId,
        purpose: options.purpose,
      });
    if (keptLetterId) older.andWhere('(letterId IS NULL OR letterId <> :keptLetterId)', { keptLetterId });
    await older.execute();
  }
  if (options.letterId && !keptLetterId) await repository.update({ letterId: options.letterId, consumedAt: IsNull() }, { consumedAt: now });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + options.lifetimeMs);
  await repository.insert({
    tokenHash: hashToken(token),
    purpose: options.purpose,
    clientId: options.clientId,
    staffUserId: options.staffUserId,
    payload: options.payload ?? null,
    letterId: options.letterId ?? null,
    expiresAt,
    consumedAt: null,
  });
  return { token, expiresAt };
}

/** Makes a token unusable (its letter could not be delivered, so nobody holds it). */
export async function withdrawToken(manager: DataSource | EntityManager, token: string): Promise<void> {
  await manager.getRepository(OneTimeToken).update({ tokenHash: hashToken(token), consumedAt: IsNull() }, { consumedAt: new Date() });
}

/** Cancels every outstanding welcome and reset link of a client (its password or e-mail changed). */
export async function cancelAccountLinkTokens(manager: DataSource | EntityManager, clientId: number): Promise<void> {
  await manager
    .getRepository(OneTimeToken)
    .update({ clientId, purpose: In(ACCOUNT_LINK_PURPOSES), consumedAt: IsNull() }, { consumedAt: new Date() });
}

/**
 * Uses up a token of one of the given purposes. The consuming UPDATE is conditional on the token
 * still being unused, so of two simultaneous uses only one succeeds.
 */
export async function consumeToken(
  manager: DataSource | EntityManager,
  token: string,
  purposes: TokenPurpose[],
  field: string,
): Promise<OneTimeToken> {
  const repository = manager.getRepository(OneTimeToken);
  const stored = await repository.findOneBy({ tokenHash: hashToken(token) });
  const refuse = (reason: TokenProblem, message: string): never => {
    throw new BadUserInputError(message, field, { reason });
  };
  if (!stored || !purposes.includes(stored.purpose))
    return refuse(TokenProblem.TOKEN_INVALID, 'This link is not valid. Ask for a new one.');
  if (stored.consumedAt) refuse(TokenProblem.TOKEN_USED, 'This link was already used or replaced by a newer one. Ask for a new one.');
  if (stored.expiresAt <= new Date()) refuse(TokenProblem.TOKEN_EXPIRED, 'This link has expired. Ask for a new one.');
  const claim = await repository
    .createQueryBuilder()
    .update(OneTimeToken)
    .set({ consumedAt: new Date() })
    .where('tokenHash = :tokenHash AND consumedAt IS NULL', { tokenHash: stored.tokenHash })
    .execute();
  if (!claim.affected) refuse(TokenProblem.TOKEN_USED, 'This link was already used or replaced by a newer one. Ask for a new one.');
  return stored;
}
