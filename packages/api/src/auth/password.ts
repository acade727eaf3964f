import { Algorithm } from '@node-rs/argon2';
import { hashInPasswordThread, verifyInPasswordThread } from './password-workers';

/** argon2id with the OWASP-recommended minimum cost (19 MiB, 2 passes). */
export const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hashInPasswordThread(password, ARGON2_OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verifyInPasswordThread(storedHash, password);
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
