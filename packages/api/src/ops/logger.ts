import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { LogLevel } from '../config';
import { factsOf } from './request-facts';

/**
 * Never written to the log, wherever they appear: passwords, link secrets, session cookies, credentials
 * in headers, and the values bound into SQL statements (password hashes, e-mail addresses).
 */
const REDACTED_PATHS = [
  'password',
  'token',
  'secret',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.secret',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'err.parameters',
  'err.sql',
  'err.driverError.sql',
  'err.driverError.parameters',
];

/**
 * The process's one logger: JSON lines on stdout, one per request and per event worth an operator's
 * attention. Lines are written without blocking the request that logs them (pino flushes what is
 * pending when the process exits, a crash included).
 */
export const logger: Logger = pino(
  {
    level: 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // `time` as ISO text: log shippers and people read it without conversion.
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  pino.destination({ dest: 1, sync: false }),
);

/** Sets the level from LOG_LEVEL; called once at start. */
export function setLogLevel(level: LogLevel): void {
  logger.level = level;
}

const requestLogs = new AsyncLocalStorage<Logger>();

/**
 * The logger to use here: inside a request it carries the request id, so a line written deep in a
 * service can be found beside the request's own line; outside a request it is the process's logger.
 */
export function log(): Logger {
  return requestLogs.getStore() ?? logger;
}

/** An incoming x-request-id is kept when it looks like an id (a proxy's or a caller's), otherwise one is made. */
const ACCEPTED_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && ACCEPTED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Health probes arrive every second from every load balancer; their answers are in /readyz and the metrics instead. */
const PROBES = new Set(['/healthz', '/readyz']);

interface ExpressLikeRequest extends IncomingMessage {
  ip?: string;
  originalUrl?: string;
}

/**
 * One JSON line per request: request id, method, path (without the query string, which may carry
 * data), client address (as TRUST_PROXY sees it), the GraphQL operation, the viewer, status and
 * duration. Server errors are logged at `error` with their stack; nothing of it reaches the caller.
 * Later middleware and services log through `log()` with the same request id.
 */
export function requestLogging(): RequestHandler[] {
  const middleware = pinoHttp<ExpressLikeRequest, ServerResponse>({
    logger,
    genReqId: requestId,
    quietReqLogger: true,
    autoLogging: { ignore: (req) => PROBES.has((req.url ?? '').split('?')[0]) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, _res, line: object) => ({ ...line, ...factsOf(req) }),
    customErrorObject: (req, _res, _error, line: object) => ({ ...line, ...factsOf(req) }),
    serializers: {
      req: (req: { raw: ExpressLikeRequest; method: string }) => ({
        method: req.method,
        path: (req.raw.originalUrl ?? req.raw.url ?? '').split('?')[0],
        remoteAddress: req.raw.ip ?? req.raw.socket?.remoteAddress,
        userAgent: req.raw.headers['user-agent'],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  const logRequest: RequestHandler = (req, res, next) => middleware(req, res, next);
  const bindRequestLog: RequestHandler = (req, _res, next) => requestLogs.run(req.log, next);
  return [logRequest, bindRequestLog];
}
