/**
 * Creates the MySQL/MariaDB database named in DATABASE_URL if it does not exist (`--drop` removes it
 * instead). Usage: DATABASE_URL=mysql://root@127.0.0.1:3306/portico pnpm --filter @portico/api db:create
 * Without DATABASE_URL there is nothing to do: the embedded SQLite file is created on first start.
 */
import { createConnection } from 'mysql2/promise';
import { readEnvironment } from '../config';

async function main(): Promise<void> {
  const raw = readEnvironment().DATABASE_URL;
  if (!raw) {
    console.log('No DATABASE_URL: the embedded SQLite database needs no creation.');
    return;
  }
  const url = new URL(raw);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`The database name "${name}" must consist of letters, digits and underscores.`);
  url.pathname = '';
  const connection = await createConnection(url.toString());
  try {
    if (process.argv.includes('--drop')) {
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      console.log(`Dropped database ${name}.`);
    } else {
      await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      console.log(`Database ${name} is ready.`);
    }
  } finally {
    await connection.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
