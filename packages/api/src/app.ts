import { checkSecretsKeyAtStart } from './two-factor/secrets-key-check';
import { removeStaleChallenges } from './two-factor/sign-in-challenge.service';
import 'reflect-metadata';
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import compression from 'compression';
import express from 'express';
import type { RequestContext } from './auth/context';
import { createLoaders } from './auth/loaders';
import { readViewers } from './auth/viewers';
import { Mailer } from './mail/mailer';
import { startOutboxSweeper } from './mail/outbox-sweeper';
import { countUnfinishedLetters, releaseUnsentLetters } from './mail/outbox.service';
import { observeOperations } from './ops/graphql-observer';
import { healthRouter } from './ops/health.routes';
import { log, requestLogging, setLogLevel } from './ops/logger';
import { appMetrics, measureRequests, startMetricsServer } from './ops/metrics';
import { watchForShutdown } from './ops/shutdown';
import { startPeriodicTask } from './common/periodic-task';
import { sendMessageDigests } from './messages/message-digest.service';
import { removeUnattachedUploads } from './files/unattached-uploads';
import { securityHeaders } from './http/security-headers';
import { removeStaleBuckets } from './rate-limits/rate-limit.service';
import { formatError } from './common/errors';
import type { PorticoConfig } from './config';
import { createDataSource, openDatabase, type PorticoDataSource } from './database/data-source';
import { seedDemoData } from './database/seed-demo';
import { recountClients } from './clients/client-count';
import { filesRouter } from './files/files.routes';
import { documentsRouter } from './documents/documents.routes';
import { playgroundRouter } from './playground/playground';
import { servePortal } from './portals/portal-assets';
import { buildPorticoSchema } from './schema/build-schema';
import { compiledExecution } from './schema/compiled-execution';

export interface RunningApp {
  url: string;
  /** The Prometheus endpoint on METRICS_PORT, or null when metrics are off. */
  metricsUrl: string | null;
  /** The HTTP server, for the benches to tune (keep-alive) as a deployment would. */
  server: http.Server;
  database: PorticoDataSource;
  mailer: Mailer;
  /**
   * Leaves gracefully: /readyz answers 503 at once and requests are still served for `graceMs` (the
   * load balancer's time to notice), then no new connections are taken, requests in flight and
   * letters being sent finish (up to SHUTDOWN_TIMEOUT_SECONDS), unsent letters go back to the
   * outbox, and the database closes.
   */
  shutdown(graceMs: number): Promise<void>;
  /** The same without a grace period. */
  stop(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Query limits: a refused query is the caller's mistake, so it must come back as 400, never 500.
 * The numbers leave room for the portals' largest screens (a page of clients with its access details costs about 7,000).
 */
const armor = new ApolloArmor({
  // Fragments are flattened so that the portals' colocated fragments do not count as extra levels.
  maxDepth: { n: 10, flattenFragments: true },
  maxAliases: { n: 15 },
  costLimit: { maxCost: 10000 },
  maxDirectives: { n: 20 },
  // graphql-armor's token limit throws outside Apollo's parse step (HTTP 500); graphql-js enforces it instead.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
});

const MAX_QUERY_TOKENS = 2000;

/**
 * Large answers (a page of clients is tens of kilobytes of JSON) go out compressed; small ones are not
 * worth the CPU. Brotli at quality 4 compresses like gzip's best at gzip's speed.
 */
const compressLargeAnswers = compression({ threshold: 4096, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } });
const graphqlCompression: express.RequestHandler = (req, res, next) =>
  req.headers['accept-encoding'] ? compressLargeAnswers(req, res, next) : next();

const CALLER_MISTAKES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

const refusedQueriesAreBadRequests: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, errors }) {
        const refused = errors?.length && errors.every((error) => CALLER_MISTAKES.has(String(error.extensions?.code)));
        if (refused && response.body.kind === 'single' && !response.body.singleResult.data) response.http.status = 400;
        return Promise.resolve();
      },
    });
  },
};

/** Starts the whole product in one process: API at /graphql, Home Portal at /, Client Portal at /portal/. */
export async function startApp(config: PorticoConfig): Promise<RunningApp> {
  setLogLevel(config.logLevel);
  const database = await createDataSource(config);
  await openDatabase(database, { migrate: config.migrateOnStart });
  try {
    await checkSecretsKeyAtStart(database.dataSource, config);
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
  if (config.demoMode) await seedDemoData(database.dataSource, config.filesDir);
  // Mends the clients counter if anything wrote the table around the API (a restore, hand-made SQL).
  await recountClients(database.dataSource);

  const mailer = new Mailer(config);
  const stopOutboxSweeper = startOutboxSweeper(database, mailer);
  const stopHousekeeping = startPeriodicTask('Housekeeping', 10 * 60_000, async () => {
    await removeUnattachedUploads(database.dataSource, config);
    await removeStaleBuckets(database.dataSource);
    await removeStaleChallenges(database.dataSource);
  });
  const stopMessageDigests = startPeriodicTask('Message digests', 15 * 60_000, () =>
    sendMessageDigests(database.dataSource, config, mailer),
  );

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTs no browser caches: hashing each body for an ETag is work for nothing.
  // (Static files keep theirs: serve-static sets them from the file.)
  app.set('etag', false);
  // Who may tell us the client's address (X-Forwarded-For): rate limits, audits and sign-in activity use it.
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  // Longer than the load balancer's idle timeout, so the balancer closes idle connections, never this
  // server just as the balancer sends a request on one. Headers must be allowed a little longer still.
  httpServer.keepAliveTimeout = config.keepAliveTimeoutMs;
  httpServer.headersTimeout = config.keepAliveTimeoutMs + 1000;
  const shutdown = watchForShutdown(httpServer);
  app.use(...requestLogging(), measureRequests(), shutdown.closeConnections);
  app.use(healthRouter(database, shutdown));
  app.use(securityHeaders(config));
  const protection = armor.protect();

  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(await buildPorticoSchema()),
    plugins: [
      ...protection.plugins,
      refusedQueriesAreBadRequests,
      observeOperations,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: Apollo's own handler would stop it at once and send the signal again.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    introspection: true,
    formatError: (formatted, error) => formatError(formatted, error, config.development),
    // Compact JSON: Apollo's default indents every response, a third more bytes to write and send.
    stringifyResult: (result) => JSON.stringify(result),
  });
  await apollo.start();

  app.use(playgroundRouter());
  app.use(filesRouter(database.dataSource, config));
  app.use(documentsRouter(database.dataSource, config));
  app.use(
    '/graphql',
    graphqlCompression,
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const loaders = createLoaders(database.dataSource);
        return {
          config,
          dataSource: database.dataSource,
          database,
          mailer,
          req,
          res,
          ...(await readViewers(database.dataSource, req, loaders.clientGroups)),
          loaders,
        };
      },
    }),
  );
  servePortal(app, '/portal', config.clientPortalDist);
  servePortal(app, '/', config.homePortalDist);
  // Oversized or malformed bodies: a short JSON answer, never a stack trace.
  app.use(
    (error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      const status = error.status && error.status < 500 ? error.status : 500;
      if (status === 500) log().error({ err: error }, 'Unexpected error');
      res.status(status).json({
        errors: [
          {
            message:
              status === 413 ? 'The request body is too large.' : status === 500 ? 'Internal server error.' : 'The request is malformed.',
            extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );

  const metrics = await startMetricsServer(
    config,
    appMetrics({ waitingLetters: () => countUnfinishedLetters(database.dataSource), pool: database.pool }),
  );
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;

  let stopping: Promise<void> | null = null;
  const leave = (graceMs: number) =>
    (stopping ??= (async () => {
      shutdown.begin();
      const tasksStopped = Promise.all([stopOutboxSweeper(), stopHousekeeping(), stopMessageDigests()]);
      if (graceMs) log().info({ graceMs }, 'Shutting down: /readyz answers 503, requests are served during the grace period');
      await pause(graceMs);
      const deadline = Date.now() + config.shutdownTimeoutMs;
      const cut = await shutdown.drain(config.shutdownTimeoutMs);
      const unfinishedLetters = await mailer.close(Math.max(0, deadline - Date.now()));
      await tasksStopped;
      const released = mailer.configured ? await releaseUnsentLetters(database.dataSource, mailer) : 0;
      await apollo.stop();
      await metrics?.close();
      await database.dataSource.destroy();
      const level = cut || unfinishedLetters.length ? 'warn' : 'info';
      log()[level]({ requestsCut: cut, lettersUnfinished: unfinishedLetters.length, lettersReleased: released }, 'Stopped');
    })());
  return {
    url: `http://${config.host}:${port}`,
    metricsUrl: metrics?.url ?? null,
    server: httpServer,
    database,
    mailer,
    shutdown: leave,
    stop: () => leave(0),
  };
}
