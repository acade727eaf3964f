import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { TwoFactorProblem } from '@portico/domain';
import { ForbiddenError } from '../common/errors';
import type { PorticoConfig } from '../config';

const VERSION = 'v1';

/** Encrypts a short secret with AES-256-GCM (random 96-bit IV, 128-bit tag): `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function encryptSecret(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Decrypts what encryptSecret wrote; a wrong key or a changed value fails the GCM tag check and throws. */
export function decryptSecret(key: Buffer, stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Unknown format of an encrypted secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

/** The key for authenticator secrets, or a refusal naming the missing setting. */
export function requireSecretsKey(config: Pick<PorticoConfig, 'secretsKey'>): Buffer {
  if (!config.secretsKey) {
    throw new ForbiddenError('Two-factor sign-in is not available: the server has no SECRETS_KEY (see the README, Configuration).', {
      reason: TwoFactorProblem.SECRETS_KEY_MISSING,
    });
  }
  return config.secretsKey;
}
