import { IsNull, type EntityManager, type DataSource } from 'typeorm';
import { hashToken, newToken } from '../auth/session-token';
import { BadUserInputError } from '../common/errors';
import { OneTimeToken, TokenPurpose } from './one-time-token.entity';

/** Issues a token and invalidates the client's older unused tokens of the same purpose. Returns the secret. */
export async function issueToken(
  manager: DataSource | EntityManager,
  options: { purpose: TokenPurpose; clientId: number; staffUserId: number | null; lifetimeMs: number; payload?: Record<string, string | boolean> },
): Promise<{ token: string; expiresAt: Date }> {
  const now = new Date();
  const repository = manager.getRepository(OneTimeToken);
  await repository.update({ clientId: options.clientId, purpose: options.purpose, consumedAt: IsNull() }, { consumedAt: now });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + options.lifetimeMs);
  await repository.insert({ tokenHash: hashToken(token), purpose: options.purpose, clientId: options.clientId, staffUserId: options.staffUserId, payload: options.payload ?? null, expiresAt, consumedAt: null });
  return { token, expiresAt };
}

/**
 * Uses up a token of one of the given purposes. The consuming UPDATE is conditional on the token
 * still being unused, so of two simultaneous uses only one succeeds.
 */
export async function consumeToken(manager: DataSource | EntityManager, token: string, purposes: TokenPurpose[], field: string): Promise<OneTimeToken> {
  const repository = manager.getRepository(OneTimeToken);
  const stored = await repository.findOneBy({ tokenHash: hashToken(token) });
  const refuse = (reason: string, message: string): never => {
    throw new BadUserInputError(message, field, { reason });
  };
  if (!stored || !purposes.includes(stored.purpose)) refuse('TOKEN_INVALID', 'This link is not valid. Ask for a new one.');
  if (stored!.consumedAt) refuse('TOKEN_USED', 'This link was already used or replaced by a newer one. Ask for a new one.');
  if (stored!.expiresAt <= new Date()) refuse('TOKEN_EXPIRED', 'This link has expired. Ask for a new one.');
  const claim = await repository
    .createQueryBuilder()
    .update(OneTimeToken)
    .set({ consumedAt: new Date() })
    .where('tokenHash = :tokenHash AND consumedAt IS NULL', { tokenHash: stored!.tokenHash })
    .execute();
  if (!claim.affected) refuse('TOKEN_USED', 'This link was already used or replaced by a newer one. Ask for a new one.');
  return stored!;
}
