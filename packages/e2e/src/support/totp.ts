import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app shows for `secret` (RFC 6238, 30-second steps), `stepsAhead` steps from now. */
export function totpCode(secret: string, stepsAhead = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}
