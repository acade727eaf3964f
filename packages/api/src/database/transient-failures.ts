import { QueryFailedError, type DataSource, type QueryRunner, type ReplicationMode } from 'typeorm';
import { log } from '../ops/logger';
import { databasePoolWait, databaseRetries, databaseRetriesExhausted, type PoolUse } from '../ops/metrics';

/**
 * What can go wrong for a moment on a MySQL-compatible database, and above all on a Galera cluster,
 * without anything being wrong with the work: the cluster refused a commit that conflicted with one
 * certified first on another node (reported as ER_LOCK_DEADLOCK), a node left the cluster or is not
 * synced yet, a node shut down, a connection broke. Each is answered by running the work again on
 * a fresh connection, a bounded number of times, where that is certain to do no harm.
 */
type TransientReason = 'deadlock' | 'node_not_ready' | 'server_shutdown' | 'connection_killed' | 'connection_lost';

/** Errors the server answered with: the statement (and its transaction) did not take effect. */
const REFUSED_BY_SERVER: Record<number, TransientReason> = {
  1213: 'deadlock',
  1047: 'node_not_ready',
  1053: 'server_shutdown',
  1927: 'connection_killed',
};

/** Refusals that no retry changes: wrong credentials, a missing database. */
const PERMANENT = new Set([1044, 1045, 1049]);

/** The connection itself failed: the server may or may not have run the statement in flight. */
const CONNECTION_FAILURES = new Set(['PROTOCOL_CONNECTION_LOST', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

const MAX_ATTEMPTS = 5;

interface Failure {
  reason: TransientReason;
  /** false when the server said it did not apply the statement; null when nobody can tell. */
  applied: false | null;
}

function driverErrorOf(error: unknown): { errno?: number; code?: string; fatal?: boolean } | null {
  const candidate: unknown =
    error instanceof QueryFailedError ? (error as QueryFailedError & { driverError?: unknown }).driverError : error;
  return typeof candidate === 'object' && candidate !== null ? (candidate as { errno?: number; code?: string; fatal?: boolean }) : null;
}

function transientFailure(error: unknown): Failure | null {
  const driverError = driverErrorOf(error);
  if (!driverError || (driverError.errno !== undefined && PERMANENT.has(driverError.errno))) return null;
  const refused = driverError.errno === undefined ? undefined : REFUSED_BY_SERVER[driverError.errno];
  if (refused) return { reason: refused, applied: false };
  if ((driverError.code && CONNECTION_FAILURES.has(driverError.code)) || driverError.fatal === true) {
    return { reason: 'connection_lost', applied: null };
  }
  return null;
}

/** Statements that change nothing, so running one twice is harmless even when the first run's fate is unknown. */
const READ_ONLY = /^\s*(SELECT|SHOW)\b/i;

function delayMs(reason: TransientReason, attempt: number): number {
  // Conflicts clear as soon as the other commit is applied; a node or a connection takes longer to replace.
  const base = reason === 'deadlock' ? 10 : 250;
  return base * 2 ** (attempt - 1) + Math.random() * base;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A pooled mysql2 connection, as far as this module touches it. */
interface PooledConnection {
  release(): void;
  destroy(): void;
  promise(): { query(sql: string): Promise<unknown> };
}

/** The parts of TypeORM's MySQL driver and query runner this module wraps (not in TypeORM's public types). */
interface MysqlDriverHooks {
  createQueryRunner(mode: ReplicationMode): QueryRunner;
  obtainMasterConnection(): Promise<PooledConnection>;
}
interface RunnerConnection {
  databaseConnection?: PooledConnection;
  databaseConnectionPromise?: Promise<PooledConnection>;
}

/**
 * Every transaction is run again (up to 5 times in all, with growing pauses) when it failed for a
 * transient reason before its COMMIT was sent, or at COMMIT with an answer that it did not take
 * effect (a Galera certification failure). A transaction is therefore never half applied and never
 * applied twice; what the callback does must be database work only, which holds for every
 * transaction in Portico (mail and files are handled after the commit).
 */
function retryTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = (async (...args: unknown[]) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await begin(...args);
      } catch (error) {
        const failure = transientFailure(error);
        const atCommit = error instanceof QueryFailedError && /^\s*COMMIT\b/i.test(error.query);
        if (!failure || (failure.applied === null && atCommit)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          databaseRetriesExhausted.inc({ scope: 'transaction', reason: failure.reason });
          throw error;
        }
        databaseRetries.inc({ scope: 'transaction', reason: failure.reason });
        log().debug({ reason: failure.reason, attempt }, 'Transaction run again after a transient database failure');
        await pause(delayMs(failure.reason, attempt));
      }
    }
  }) as typeof manager.transaction;
}

/** Statements that change rows; outside a transaction each runs in one of its own (see below). */
const ROW_WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i;

/**
 * A statement outside a transaction is run again on a fresh connection when the server said it did
 * not apply it, when it only reads, or when no connection could be had for it at all. A write runs
 * in a transaction of its own (the same work as autocommit, and the same single flush at COMMIT), so
 * a node or connection lost under it leaves it certainly not applied and it can run again; only a
 * connection lost during its COMMIT leaves its fate unknown, and that one reaches the caller.
 */
function retryStatements(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
  const internals = runner as unknown as RunnerConnection;
  const inOwnTransaction = async (sql: string, parameters?: unknown[], structured?: boolean) => {
    let result: unknown;
    try {
      await query('START TRANSACTION');
      result = await query(sql, parameters, structured);
    } catch (error) {
      await query('ROLLBACK').catch(() => undefined);
      throw Object.assign(error as Error, { neverCommitted: true });
    }
    await query('COMMIT');
    return result;
  };
  runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
    const ownTransaction = !runner.isTransactionActive && ROW_WRITE.test(sql);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await (ownTransaction ? inOwnTransaction(sql, parameters, structured) : query(sql, parameters, structured));
      } catch (error) {
        const failure = transientFailure(error);
        const neverSent = !(error instanceof QueryFailedError);
        const neverCommitted = (error as { neverCommitted?: boolean }).neverCommitted === true;
        const harmless = failure && (failure.applied === false || neverSent || neverCommitted || READ_ONLY.test(sql));
        if (!failure || !harmless || runner.isTransactionActive || runner.isReleased) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          databaseRetriesExhausted.inc({ scope: 'statement', reason: failure.reason });
          throw error;
        }
        databaseRetries.inc({ scope: 'statement', reason: failure.reason });
        if (failure.reason !== 'deadlock') {
          // The connection (or its node) is gone: the next try takes another from the pool.
          const broken = internals.databaseConnection;
          internals.databaseConnection = undefined;
          internals.databaseConnectionPromise = undefined;
          broken?.destroy();
        }
        await pause(delayMs(failure.reason, attempt));
      }
    }
  }) as typeof runner.query;
}

/**
 * Counts the pool's connections in use and callers waiting for one (for the metrics), and on Galera
 * makes every connection read causally: with `wsrep_sync_wait = 3` a read, update or delete on one
 * node first waits until every commit made anywhere in the cluster before it is applied there, so a
 * session made through one node is valid at once through another.
 */
function watchPool(driver: MysqlDriverHooks, pool: PoolUse, galera: boolean): void {
  const obtain = driver.obtainMasterConnection.bind(driver);
  const known = new WeakSet<PooledConnection>();
  const handedOut = new WeakSet<PooledConnection>();
  const settle = (connection: PooledConnection) => {
    if (handedOut.delete(connection)) pool.inUse -= 1;
  };
  driver.obtainMasterConnection = async () => {
    pool.waiting += 1;
    const stopTimer = databasePoolWait.startTimer();
    let connection: PooledConnection;
    try {
      connection = await obtain();
    } finally {
      pool.waiting -= 1;
      stopTimer();
    }
    if (!known.has(connection)) {
      known.add(connection);
      const release = connection.release.bind(connection);
      const destroy = connection.destroy.bind(connection);
      connection.release = () => {
        settle(connection);
        release();
      };
      connection.destroy = () => {
        settle(connection);
        destroy();
      };
      if (galera) {
        try {
          await connection.promise().query('SET SESSION wsrep_sync_wait = 3');
        } catch (error) {
          connection.destroy();
          throw error;
        }
      }
    }
    handedOut.add(connection);
    pool.inUse += 1;
    return connection;
  };
}

/**
 * A read made straight through the driver (the session's prepared statement), run again after a
 * transient failure: a read may always be repeated. `read` takes its own connection each time and
 * discards it when it fails, so the next try gets a fresh one (through another node on Galera).
 */
export async function retryRead<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      const failure = transientFailure(error);
      if (!failure) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        databaseRetriesExhausted.inc({ scope: 'statement', reason: failure.reason });
        throw error;
      }
      databaseRetries.inc({ scope: 'statement', reason: failure.reason });
      await pause(delayMs(failure.reason, attempt));
    }
  }
}

/** Makes a MySQL data source ride over transient failures (see above); returns the pool's live numbers. */
export function withstandTransientFailures(dataSource: DataSource, options: { poolSize: number; galera: boolean }): PoolUse {
  const driver = dataSource.driver as unknown as MysqlDriverHooks;
  const pool: PoolUse = { inUse: 0, waiting: 0, max: options.poolSize };
  watchPool(driver, pool, options.galera);
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    retryStatements(runner);
    return runner;
  };
  retryTransactions(dataSource);
  return pool;
}
