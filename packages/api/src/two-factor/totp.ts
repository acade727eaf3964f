import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;

function totpOf(secret: string, issuer = '', label = ''): TOTP {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });
}

/** A new 160-bit secret, Base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address a QR code carries. */
export function otpauthUri(issuer: string, label: string, secret: string): string {
  return totpOf(secret, issuer, label).toString();
}

/** The QR code of an otpauth:// address, as an SVG document (drawn by the server: the portals need no QR library). */
export function qrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

/**
 * The time step a code belongs to when it is right now or one step before or after (clocks drift;
 * typing takes time), else null. The caller makes each step usable once.
 */
export function matchingTimeStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** The current code of a secret (tests compute codes like an authenticator app). */
export function currentTotpCode(secret: string, now = Date.now()): string {
  return totpOf(secret).generate({ timestamp: now });
}
