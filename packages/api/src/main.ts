import './threadpool';
import 'reflect-metadata';
import { startApp } from './app';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  const database = config.databaseUrl ? 'MySQL' : `SQLite (${config.sqlitePath})`;
  console.log(`Portico is running on ${database}${config.demoMode ? ' in demo mode' : ''}:
  Home Portal        ${app.url}/
  Client Portal 2.0  ${app.url}/portal/
  GraphQL API        ${app.url}/graphql (open it in a browser for the playground)`);
  if (config.demoMode) console.log('  Demo sign-in: admin / admin (Home Portal)');
  const shutdown = () => void app.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
