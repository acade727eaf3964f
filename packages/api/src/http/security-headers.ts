import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { PorticoConfig } from '../config';

/**
 * Security headers on every response. Scripts only from this server (no inline scripts: the
 * portals and the playground load theirs from files); styles may be inline because Mantine writes
 * its CSS variables at run time; logos may be https: or data: images; nobody may frame a page.
 */
export function securityHeaders(config: Pick<PorticoConfig, 'secureCookies'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS only makes sense when the site is served over HTTPS, which SECURE_COOKIES declares.
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
