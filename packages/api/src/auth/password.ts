import { Algorithm, hash, verify } from '@node-rs/argon2';
import { PASSWORD_LENGTH, passwordProblem, type PasswordProblem } from '@portico/domain';
import { BadUserInputError } from '../common/errors';
import { inPasswordSlot } from './password-slots';

/** argon2id with the OWASP-recommended minimum cost (19 MiB, 2 passes). */
export const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return inPasswordSlot(() => hash(password, ARGON2_OPTIONS));
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await inPasswordSlot(() => verify(storedHash, password));
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody has, verified when the username is unknown so that a wrong
 * username costs as much time as a wrong password (no user enumeration by timing).
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that is never valid');
  return decoyHash;
}

const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `Use at least ${PASSWORD_LENGTH.min} characters.`,
  TOO_LONG: `Use at most ${PASSWORD_LENGTH.max} characters.`,
  CONTAINS_USERNAME: 'The password must not contain the username.',
};

/**
 * Refuses a new password that breaks the rules (shared with the portals, which check them as people
 * type): BAD_USER_INPUT on `field`, with the broken rule in `reason`.
 */
export function checkNewPassword(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new BadUserInputError(PASSWORD_MESSAGES[problem], field, { reason: problem });
}
