import 'reflect-metadata';
import { startApp } from './app';
import { loadConfig } from './config';
import { logger } from './ops/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  logger.info(
    {
      database: config.databaseUrl ? (app.database.galera ? 'MySQL (Galera cluster)' : 'MySQL') : `SQLite (${config.sqlitePath})`,
      demoMode: config.demoMode,
      homePortal: `${app.url}/`,
      clientPortal: `${app.url}/portal/`,
      graphql: `${app.url}/graphql`,
      metrics: app.metricsUrl,
    },
    `Portico is running at ${app.url}${config.demoMode ? ' in demo mode (sign in as admin / admin)' : ''}`,
  );

  // SIGTERM (a supervisor, a deployment) leaves gracefully; SIGINT (Ctrl-C) without the grace period.
  // A second signal, or a shutdown that outlives its time limit, ends the process at once.
  let leaving = false;
  const leave = (signal: NodeJS.Signals) => {
    if (leaving) {
      logger.warn({ signal }, 'Second signal: stopping at once');
      process.exit(1);
    }
    leaving = true;
    const graceMs = signal === 'SIGTERM' ? config.shutdownGraceMs : 0;
    logger.info({ signal }, 'Shutdown requested');
    setTimeout(
      () => {
        logger.error('The shutdown took too long; stopping at once');
        process.exit(1);
      },
      graceMs + config.shutdownTimeoutMs + 10_000,
    ).unref();
    app.shutdown(graceMs).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'The shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', leave);
  process.on('SIGINT', leave);
}

process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'Uncaught exception; stopping');
  process.exit(1);
});
process.on('unhandledRejection', (reason) => {
  logger.fatal({ err: reason }, 'Unhandled promise rejection; stopping');
  process.exit(1);
});

main().catch((error: unknown) => {
  logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  process.exit(1);
});
