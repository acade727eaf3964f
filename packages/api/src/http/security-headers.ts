import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { PorticoConfig } from '../config';

/**
 * Security headers on every response. Scripts only from this server (no inline scripts: the
 * portals and the playground load theirs from files); styles may be inline because Mantine writes
 * its CSS variables at run time; logos may be https: or data: images; nobody may frame a page.
 */
export function securityHeaders(config: Pick<PorticoConfig, 'secureCookies'>): RequestHandler {
  const headers = headersOf(
    helmet({
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
    }),
  );
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/**
 * The headers helmet sets, computed once: they are the same on every response, and helmet's dozen
 * middlewares per request cost more than the request's own session lookup.
 */
function headersOf(middleware: RequestHandler): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  const response = {
    setHeader: (name: string, value: string) => void headers.push([name, value]),
    removeHeader: () => undefined,
  };
  middleware({} as never, response as never, () => undefined);
  return headers;
}
