import fs from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { PorticoConfig } from '../config';
import type { PoolUse } from '../ops/metrics';
import { entities } from './entities';
import { migrateUnderLock, refuseWhileMigrationsPending } from './migration-lock';
import { mysqlMigrations, sqliteMigrations } from './migrations';
import { CountingLogger } from './query-counter';
import { withstandTransientFailures } from './transient-failures';

export type DatabaseKind = 'mysql' | 'sqlite';

export interface PorticoDataSource {
  dataSource: DataSource;
  kind: DatabaseKind;
  /** A MariaDB Galera cluster node (wsrep_on): reads wait for causality, certification conflicts are retried. */
  galera: boolean;
  queryCounter: CountingLogger;
  /** The MySQL connection pool's live use; null for SQLite (one connection). */
  pool: PoolUse | null;
}

const porticoDataSources = new WeakMap<DataSource, PorticoDataSource>();

/** The engine and statement counter of a data source made by createDataSource. */
export function porticoDataSourceOf(dataSource: DataSource): PorticoDataSource {
  const database = porticoDataSources.get(dataSource);
  if (!database) throw new Error('Not a data source made by createDataSource');
  return database;
}

/**
 * The only place that knows which database engine runs underneath. Everything else writes
 * portable SQL through TypeORM, so MySQL, MariaDB, TiDB or the embedded SQLite behave alike.
 */
export async function createDataSource(
  config: Pick<PorticoConfig, 'databaseUrl' | 'sqlitePath' | 'logSql'> & Partial<Pick<PorticoConfig, 'databasePoolSize'>>,
): Promise<PorticoDataSource> {
  const queryCounter = new CountingLogger(config.logSql);
  const common = { entities, logger: queryCounter, logging: ['query', 'error', 'warn', 'migration'] as const, maxQueryExecutionTime: 1000 };

  if (config.databaseUrl) {
    const server = await probeServer(config.databaseUrl);
    const poolSize = config.databasePoolSize ?? 10;
    const dataSource = new DataSource({
      ...common,
      logging: [...common.logging],
      // Same SQL either way; TypeORM only reads MariaDB's catalogue differently (column defaults).
      type: server.mariaDb ? 'mariadb' : 'mysql',
      url: config.databaseUrl,
      charset: 'utf8mb4_unicode_ci',
      // Store and read every timestamp as UTC, whatever the server's time zone.
      timezone: 'Z',
      migrations: mysqlMigrations,
      poolSize,
    });
    const pool = withstandTransientFailures(dataSource, { poolSize, galera: server.galera });
    return registered({ dataSource, kind: 'mysql', galera: server.galera, queryCounter, pool });
  }

  if (config.sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(config.sqlitePath), { recursive: true });
  const dataSource = new DataSource({
    ...common,
    logging: [...common.logging],
    type: 'better-sqlite3',
    database: config.sqlitePath,
    enableWAL: true,
    migrations: sqliteMigrations,
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // With the WAL, NORMAL commits without an fsync (the WAL is synced at checkpoints): a crash of the
      // process loses nothing, a power cut at most the last commits, never the database's consistency.
      // Every commit otherwise waits for the disk on the event loop (better-sqlite3 is synchronous).
      db.pragma('synchronous = NORMAL');
      // The search columns are stored lower-cased; a case-sensitive LIKE lets SQLite use their indexes.
      db.pragma('case_sensitive_like = ON');
    },
  });
  queueSqliteTransactions(dataSource);
  return registered({ dataSource, kind: 'sqlite', galera: false, queryCounter, pool: null });
}

function registered(database: PorticoDataSource): PorticoDataSource {
  porticoDataSources.set(database.dataSource, database);
  return database;
}

/**
 * TypeORM talks to SQLite over one connection, where a second BEGIN while a transaction is open
 * fails. Transactions of concurrent requests therefore wait for each other here, one at a time.
 */
function queueSqliteTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let queue: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = queue.then(() => begin(...args));
    queue = run.catch(() => undefined);
    return run;
  }) as typeof manager.transaction;
}

async function probeServer(databaseUrl: string): Promise<{ mariaDb: boolean; galera: boolean }> {
  const connection = await createConnection(databaseUrl);
  try {
    const [versions] = await connection.query('SELECT VERSION() AS version');
    const [wsrep] = await connection.query("SHOW VARIABLES LIKE 'wsrep_on'");
    return {
      mariaDb: /mariadb/i.test(String((versions as Array<{ version: string }>)[0]?.version)),
      galera: String((wsrep as Array<{ Value?: string }>)[0]?.Value).toUpperCase() === 'ON',
    };
  } finally {
    await connection.end();
  }
}

/**
 * Runs `work` to claim rows: on MySQL in a transaction whose selects lock the rows they return,
 * skipping rows another transaction holds (MySQL 8, MariaDB 10.6+), so parallel workers split the
 * rows between them. SQLite has a single writer and no row locks; there `work` runs without a
 * transaction and relies on its conditional UPDATEs alone (a read-then-write transaction would fail
 * with "database is locked" beside another process's writer).
 */
export function claimWithRowLocks<T>(
  database: PorticoDataSource,
  work: (manager: EntityManager, lock: <R extends ObjectLiteral>(query: SelectQueryBuilder<R>) => SelectQueryBuilder<R>) => Promise<T>,
): Promise<T> {
  if (database.kind === 'mysql') {
    return database.dataSource.transaction((manager) =>
      work(manager, (query) => query.setLock('pessimistic_write').setOnLocked('skip_locked')),
    );
  }
  return work(database.dataSource.manager, (query) => query);
}

/**
 * Opens the database and brings its schema up to date under the migration lock, so that processes
 * starting together migrate once. With `migrate: false` (MIGRATE_ON_START=false, the default in
 * cluster mode) it applies nothing and refuses to start while migrations are pending.
 */
export async function openDatabase(source: PorticoDataSource, options: { migrate?: boolean } = {}): Promise<void> {
  await source.dataSource.initialize();
  try {
    if (options.migrate ?? true) await migrateUnderLock(source.dataSource);
    else await refuseWhileMigrationsPending(source.dataSource);
  } catch (error) {
    await source.dataSource.destroy();
    throw error;
  }
}

/** True for an insert refused by a unique index (MySQL/MariaDB ER_DUP_ENTRY, SQLite's constraint codes). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; errno?: number } } | null)?.driverError;
  return (
    driverError?.errno === 1062 ||
    driverError?.code === 'ER_DUP_ENTRY' ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
