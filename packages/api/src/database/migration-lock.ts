import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { DataSource } from 'typeorm';
import { log } from '../ops/logger';

/** The command a deployment runs once before it starts the new version's processes. */
export const MIGRATE_COMMAND = 'pnpm --filter @portico/api migrate';

/**
 * One row, id 1, held by whoever migrates. A claim row with a primary key works on every engine
 * Portico runs on: unlike GET_LOCK it is replicated by Galera (two nodes inserting it at once get a
 * certification conflict, and one of them a duplicate key), and SQLite has no advisory locks at all.
 * Created outside the migrations because it guards the very first one.
 */
const LOCK_TABLE = 'migration_lock';

/** The holder renews its claim this often; a claim not renewed for STALE_AFTER_MS belongs to a process that died. */
const HEARTBEAT_MS = 5_000;
const STALE_AFTER_MS = 60_000;
const POLL_MS = 500;
/** Migrations of a large table may take long; waiting processes give up only after this. */
const WAIT_LIMIT_MS = 30 * 60_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function migrationsTable(dataSource: DataSource): string {
  return dataSource.options.migrationsTableName ?? 'migrations';
}

async function hasTable(dataSource: DataSource, table: string): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  try {
    return await runner.hasTable(table);
  } finally {
    await runner.release();
  }
}

/**
 * The names of the migrations this version brings that the database has not applied, read without
 * creating anything (so that it is safe while another process migrates).
 */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const known = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  const table = migrationsTable(dataSource);
  let rows: Array<{ name: string }>;
  try {
    // One cheap statement in the usual case: /readyz asks this every second or so.
    rows = (await dataSource.query(`SELECT name FROM ${table}`)) as Array<{ name: string }>;
  } catch (error) {
    if (await hasTable(dataSource, table)) throw error;
    return known;
  }
  const applied = new Set(rows.map((row) => row.name));
  return known.filter((name) => !applied.has(name));
}

interface LockRow {
  holder: string;
  heartbeatAt: number;
}

async function readLock(dataSource: DataSource): Promise<LockRow | null> {
  const rows = (await dataSource.query(`SELECT holder, heartbeat_at AS heartbeatAt FROM ${LOCK_TABLE} WHERE id = 1`)) as Array<{
    holder: string;
    heartbeatAt: number | string;
  }>;
  return rows[0] ? { holder: rows[0].holder, heartbeatAt: Number(rows[0].heartbeatAt) } : null;
}

async function ensureLockTable(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS ${LOCK_TABLE} (id INT NOT NULL PRIMARY KEY, holder VARCHAR(200) NOT NULL, heartbeat_at BIGINT NOT NULL)`,
  );
}

/** Claims the lock if nobody holds it; false when the row exists (a duplicate key, or on SQLite a busy database while its holder migrates). */
async function tryClaim(dataSource: DataSource, holder: string): Promise<boolean> {
  try {
    await dataSource.query(`INSERT INTO ${LOCK_TABLE} (id, holder, heartbeat_at) VALUES (1, ?, ?)`, [holder, Date.now()]);
    return true;
  } catch (error) {
    if (await readLock(dataSource)) return false;
    throw error;
  }
}

/** Waits until this process holds the lock; a claim whose holder stopped renewing it is taken over. */
async function acquire(dataSource: DataSource, holder: string): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  let announced = false;
  while (!(await tryClaim(dataSource, holder))) {
    const current = await readLock(dataSource);
    if (!current) continue;
    if (Date.now() - current.heartbeatAt > STALE_AFTER_MS) {
      log().warn({ holder: current.holder }, 'The process holding the migration lock stopped renewing it; taking it over');
      // Conditional on what was seen, so that of several waiters only one removes it.
      await dataSource.query(`DELETE FROM ${LOCK_TABLE} WHERE id = 1 AND holder = ? AND heartbeat_at = ?`, [
        current.holder,
        current.heartbeatAt,
      ]);
      continue;
    }
    if (!announced) log().info({ holder: current.holder }, 'Waiting for another process to finish the migrations');
    announced = true;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${current.holder} to finish the migrations`);
    await pause(POLL_MS);
  }
}

/**
 * Applies the pending migrations, one process at a time across every process and machine on the
 * database: the others wait for it, then find nothing left to do. Returns the names it applied.
 */
export async function migrateUnderLock(dataSource: DataSource): Promise<string[]> {
  if (!(await pendingMigrations(dataSource)).length) return [];
  await ensureLockTable(dataSource);
  const holder = `${os.hostname()} pid ${process.pid} ${randomBytes(3).toString('hex')}`;
  await acquire(dataSource, holder);
  const heartbeat = setInterval(() => {
    dataSource
      .query(`UPDATE ${LOCK_TABLE} SET heartbeat_at = ? WHERE id = 1 AND holder = ?`, [Date.now(), holder])
      .catch((error: unknown) => log().warn({ err: error }, 'Migration lock not renewed'));
  }, HEARTBEAT_MS);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log().info({ migrations: applied.map((migration) => migration.name) }, 'Migrations applied');
    return applied.map((migration) => migration.name);
  } finally {
    clearInterval(heartbeat);
    await dataSource.query(`DELETE FROM ${LOCK_TABLE} WHERE id = 1 AND holder = ?`, [holder]);
  }
}

/**
 * For processes that must not migrate themselves (MIGRATE_ON_START=false): waits while another
 * process migrates, then refuses to start if migrations are still pending, naming the command.
 */
export async function refuseWhileMigrationsPending(dataSource: DataSource): Promise<void> {
  let pending = await pendingMigrations(dataSource);
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (pending.length && (await hasTable(dataSource, LOCK_TABLE)) && (await readLock(dataSource)) && Date.now() < deadline) {
    await pause(POLL_MS);
    pending = await pendingMigrations(dataSource);
  }
  if (pending.length) {
    throw new Error(
      `The database lacks ${pending.length} migration(s) of this version (${pending.join(', ')}). ` +
        `Run "${MIGRATE_COMMAND}" once for the deployment, then start the API processes.`,
    );
  }
}
