/**
 * Writes a new migration for each engine from the difference between the entities and the
 * schema the existing migrations build. Usage: `pnpm --filter @portico/api migration:generate Name`
 * (needs MariaDB/MySQL at MIGRATION_MYSQL_URL, default mysql://root@127.0.0.1:3306).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createDataSource, type DatabaseKind } from './data-source';

const sourceDir = path.resolve(__dirname, '../../src/database/migrations');

async function pendingQueries(kind: DatabaseKind): Promise<{ up: string[]; down: string[] }> {
  let databaseUrl: string | null = null;
  const sqlitePath = path.join(os.tmpdir(), `portico-migration-gen-${process.pid}.sqlite`);
  if (kind === 'mysql') {
    const server = process.env.MIGRATION_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
    const admin = await createConnection(server);
    await admin.query('DROP DATABASE IF EXISTS portico_migration_gen');
    await admin.query('CREATE DATABASE portico_migration_gen CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.end();
    databaseUrl = `${server}/portico_migration_gen`;
  }
  const source = await createDataSource({ databaseUrl, sqlitePath, logSql: false });
  await source.dataSource.initialize();
  // Migrations that create the tables must run before data migrations; they are ordered by timestamp.
  await source.dataSource.runMigrations();
  const log = await source.dataSource.driver.createSchemaBuilder().log();
  await source.dataSource.destroy();
  fs.rmSync(sqlitePath, { force: true });
  return {
    up: log.upQueries.map((query) => query.query),
    down: log.downQueries.map((query) => query.query).reverse(),
  };
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name, e.g. AddPartnerAliases');
  const timestamp = Number(process.argv[3] ?? Date.now());
  for (const kind of ['sqlite', 'mysql'] as const) {
    const { up, down } = await pendingQueries(kind);
    if (up.length === 0) {
      console.log(`${kind}: entities and migrations already match`);
      continue;
    }
    const className = `${name}${timestamp}`;
    const file = path.join(sourceDir, kind, `${timestamp}-${name}.ts`);
    fs.writeFileSync(file, migrationSource(className, up, down));
    console.log(
      `${kind}: wrote ${path.relative(process.cwd(), file)}; export ${className} from ${kind}/index.ts and add the pair to migrations/index.ts`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
