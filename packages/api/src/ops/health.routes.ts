import express, { type Router } from 'express';
import type { PorticoDataSource } from '../database/data-source';
import { pendingMigrations } from '../database/migration-lock';
import { log } from './logger';

/** How long /readyz waits for the database before calling it unreachable (a balancer's check times out soon after). */
const DATABASE_CHECK_MS = 2_000;

export interface Readiness {
  ready: boolean;
  checks: {
    database: 'ok' | 'unreachable' | 'not checked';
    migrations: 'applied' | 'pending' | 'unknown';
    shuttingDown: boolean;
  };
}

async function checkReadiness(database: PorticoDataSource, shuttingDown: boolean): Promise<Readiness> {
  if (shuttingDown) return { ready: false, checks: { database: 'not checked', migrations: 'unknown', shuttingDown } };
  let timer: NodeJS.Timeout | undefined;
  try {
    const pending = await Promise.race([
      pendingMigrations(database.dataSource),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_CHECK_MS} ms`)), DATABASE_CHECK_MS);
      }),
    ]);
    return { ready: !pending.length, checks: { database: 'ok', migrations: pending.length ? 'pending' : 'applied', shuttingDown } };
  } catch (error) {
    log().debug({ err: error }, 'Readiness check: database unreachable');
    return { ready: false, checks: { database: 'unreachable', migrations: 'unknown', shuttingDown } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /healthz`: the process is alive and answering (no database call), for a supervisor that
 * restarts hung processes. `GET /readyz`: this process should get traffic: the database answers,
 * every migration of this version is applied and no shutdown began; 503 otherwise, for the load
 * balancer. Both are small JSON, never cached, outside the portals' page routes.
 */
export function healthRouter(database: PorticoDataSource, shutdown: { readonly shuttingDown: boolean }): Router {
  const router = express.Router();
  // Balancers probe every second or so: simultaneous probes share one check.
  let running: Promise<Readiness> | null = null;
  let lastReady: boolean | null = null;
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'alive' });
  });
  router.get('/readyz', async (_req, res) => {
    running ??= checkReadiness(database, shutdown.shuttingDown).finally(() => (running = null));
    const readiness = await running;
    if (readiness.ready !== lastReady) {
      // Only changes are logged: the probes themselves are not.
      if (readiness.ready) log().info({ checks: readiness.checks }, 'Ready for traffic');
      else log().warn({ checks: readiness.checks }, 'Not ready for traffic');
      lastReady = readiness.ready;
    }
    res
      .status(readiness.ready ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({ status: readiness.ready ? 'ready' : 'not ready', ...readiness.checks });
  });
  return router;
}
