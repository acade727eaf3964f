/**
 * Brings the database's schema up to date, once for a deployment, before the new version's
 * processes start (they then start without migrating: MIGRATE_ON_START=false, the default with
 * CLUSTER_MODE). Safe to run while other processes run or start: the migration lock lets one
 * process migrate at a time. Usage: pnpm --filter @portico/api migrate
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { setLogLevel } from '../ops/logger';
import { createDataSource } from './data-source';
import { migrateUnderLock, pendingMigrations } from './migration-lock';

async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const database = await createDataSource(config);
  await database.dataSource.initialize();
  try {
    const applied = await migrateUnderLock(database.dataSource);
    const pending = await pendingMigrations(database.dataSource);
    if (pending.length) throw new Error(`Still pending: ${pending.join(', ')}`);
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}.` : 'The database is up to date; nothing to apply.',
    );
  } finally {
    await database.dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
