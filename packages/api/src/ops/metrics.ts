import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request, RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PorticoConfig } from '../config';
import { log } from './logger';
import { factsOf } from './request-facts';

/**
 * Counters and histograms of this process, whichever part of it counts: process and Node metrics
 * (CPU, memory, event-loop lag, GC), requests, GraphQL errors, sign-ins, locks, database retries
 * and letters. Gauges that read one app's database are registered per app (see appMetrics).
 */
export const processMetrics = new Registry();
collectDefaultMetrics({ register: processMetrics });

export const requestDuration = new Histogram({
  name: 'portico_http_request_duration_seconds',
  help: 'Time to answer a request, by GraphQL operation name (or HTTP method and route) and HTTP status.',
  labelNames: ['operation', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [processMetrics],
});

export const graphqlErrors = new Counter({
  name: 'portico_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code (INTERNAL_SERVER_ERROR: unexpected, see the log).',
  labelNames: ['code'] as const,
  registers: [processMetrics],
});

export const signIns = new Counter({
  name: 'portico_sign_ins_total',
  help: 'Sign-in attempts by portal (client, staff) and recorded outcome (SUCCESS, WRONG_PASSWORD, ACCOUNT_LOCKED, RATE_LIMITED, ...).',
  labelNames: ['portal', 'outcome'] as const,
  registers: [processMetrics],
});

export const accountLocks = new Counter({
  name: 'portico_account_locks_total',
  help: 'Accounts locked after too many wrong passwords, by portal (client, staff).',
  labelNames: ['portal'] as const,
  registers: [processMetrics],
});

export const databaseRetries = new Counter({
  name: 'portico_database_retries_total',
  help: 'Statements and transactions run again after a transient database failure (a Galera certification conflict or deadlock, a node leaving, a lost connection).',
  labelNames: ['scope', 'reason'] as const,
  registers: [processMetrics],
});

export const databaseRetriesExhausted = new Counter({
  name: 'portico_database_retries_exhausted_total',
  help: 'Statements and transactions that still failed after the last retry (the caller got an error).',
  labelNames: ['scope', 'reason'] as const,
  registers: [processMetrics],
});

export const databasePoolWait = new Histogram({
  name: 'portico_database_pool_acquire_seconds',
  help: 'Time spent waiting for a database connection from the pool.',
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
  registers: [processMetrics],
});

export const letterDeliveries = new Counter({
  name: 'portico_letter_deliveries_total',
  help: 'Letters handed to SMTP (sent), refused or unreachable (failed), given back to the outbox at shutdown (released) or after their sender died (reclaimed).',
  labelNames: ['result'] as const,
  registers: [processMetrics],
});

/**
 * Label values come from callers (operation names) or from code we do not own (error codes), so
 * each label keeps at most `max` distinct values: a caller inventing names cannot grow the metrics
 * without bound. Values that are not GraphQL-like names are counted as `invalid`.
 */
function boundedLabel(max: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(value)) return 'invalid';
    if (seen.has(value)) return value;
    if (seen.size >= max) return 'other';
    seen.add(value);
    return value;
  };
}

const operationLabel = boundedLabel(300);
export const errorCodeLabel = boundedLabel(50);

function routeOf(req: Request): string | null {
  const route: unknown = req.route;
  if (typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string') return route.path;
  return null;
}

/** Times every request; GraphQL requests are labelled with their operation name, others with method and route. */
export function measureRequests(): RequestHandler {
  return (req, res, next) => {
    const stop = requestDuration.startTimer();
    res.once('close', () => {
      const facts = factsOf(req);
      const operation = facts.operationType
        ? operationLabel(facts.operationName ?? 'anonymous')
        : `${req.method} ${req.baseUrl}${routeOf(req) ?? (req.baseUrl ? '' : ' (static or unmatched)')}`;
      stop({ operation, status: String(res.statusCode) });
    });
    next();
  };
}

/** Live numbers of a connection pool, kept by the data-source layer. */
export interface PoolUse {
  inUse: number;
  waiting: number;
  max: number;
}

/** Gauges read from one app's database and pool when Prometheus scrapes. */
export function appMetrics(sources: { waitingLetters: () => Promise<Record<string, number>>; pool: PoolUse | null }): Registry {
  const registry = new Registry();
  new Gauge({
    name: 'portico_outbox_letters',
    help: 'Letters in the outbox that are not done: PENDING (waiting for a sender), SENDING (being sent), FAILED (need a retry).',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      try {
        for (const [status, count] of Object.entries(await sources.waitingLetters())) this.set({ status }, count);
      } catch (error) {
        // An unreachable database must not break the scrape; /readyz reports it.
        log().debug({ err: error }, 'Outbox metrics not read');
      }
    },
  });
  const pool = sources.pool;
  if (pool) {
    new Gauge({
      name: 'portico_database_pool_connections',
      help: 'Database connections of this process: in use by a request or task, and the most the pool opens.',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        this.set({ state: 'in_use' }, pool.inUse);
        this.set({ state: 'max' }, pool.max);
      },
    });
    new Gauge({
      name: 'portico_database_pool_acquiring',
      help: 'Requests and tasks obtaining a database connection right now: waiting for a free one (the pool is exhausted) or for a new one to open.',
      registers: [registry],
      collect() {
        this.set(pool.waiting);
      },
    });
  }
  return registry;
}

/**
 * Serves /metrics on its own port (METRICS_PORT, on METRICS_HOST, loopback by default), never on
 * the public port: metrics tell an attacker too much. Returns null when METRICS_PORT is not set.
 */
export async function startMetricsServer(
  config: Pick<PorticoConfig, 'metricsPort' | 'metricsHost'>,
  appRegistry: Registry,
): Promise<{ url: string; close(): Promise<void> } | null> {
  if (config.metricsPort === null) return null;
  const registry = Registry.merge([processMetrics, appRegistry]);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at /metrics\n');
      return;
    }
    registry
      .metrics()
      .then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text))
      .catch((error: unknown) => {
        log().error({ err: error }, 'Metrics not collected');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics could not be collected; see the log.\n');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.metricsPort ?? 0, config.metricsHost, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.metricsHost.includes(':') ? `[${config.metricsHost}]` : config.metricsHost;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scraper's keep-alive connection must not hold the shutdown.
        server.closeAllConnections();
      }),
  };
}
