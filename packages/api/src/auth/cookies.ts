import type { Request } from 'express';
import type { PorticoConfig } from '../config';

/** The value of one cookie, or null. A malformed cookie (e.g. a stray `%`) counts as absent, never as an error. */
export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

/** Session cookies: unreadable by scripts, not sent on cross-site requests, Secure behind HTTPS. */
export function sessionCookieOptions(config: Pick<PorticoConfig, 'secureCookies'>, maxAgeMs?: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: '/', maxAge: maxAgeMs };
}
