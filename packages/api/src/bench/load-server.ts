/**
 * The servers `pnpm bench:load` aims at, in a process of their own so the load generator does not
 * share their event loop: Portico (the whole product, as deployed) and, on the same data, a bare
 * graphql-js reference served from node:http (no Apollo, no armor, no session lookup: a fixed viewer).
 * Prints one JSON line with their addresses and the cookies, then serves until killed.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { execute, parse, type DocumentNode } from 'graphql';
import { startApp } from '../app';
import type { RequestContext } from '../auth/context';
import { createLoaders } from '../auth/loaders';
import { hashPassword } from '../auth/password';
import { hashToken } from '../auth/session-token';
import { loadClientViewer } from '../client-auth/client-session.service';
import { getClientPortalSettings, isPortal2Available } from '../client-portal-settings/client-portal-settings.service';
import { Client } from '../clients/client.entity';
import { loadConfig } from '../config';
import { buildPorticoSchema } from '../schema/build-schema';
import { BenchClient, cookieOf } from './bench-http';
import { BENCH_PASSWORD, clearBenchData, seedAdministrators, seedClients, seedProjects } from './bench-data';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
/** One staff account per sign-in connection: an account's own limit never refuses the bench. */
export const SIGN_IN_ACCOUNTS = 60;
export const CLIENT_PASSWORD = 'bench client password';

export interface LoadServers {
  portico: string;
  reference: string;
  staffCookie: string;
  clientCookie: string;
  database: string;
  clients: number;
}

async function main(): Promise<void> {
  const sqlitePath = path.join(os.tmpdir(), `portico-load-${process.pid}.sqlite`);
  const config = loadConfig({ ...process.env, SQLITE_PATH: sqlitePath, PORT: '1', DEMO_MODE: 'false' });
  config.port = 0;
  const app = await startApp(config);
  app.server.keepAliveTimeout = 65_000;
  app.server.headersTimeout = 66_000;
  const { dataSource } = app.database;
  await clearBenchData(app.database);
  await seedClients(dataSource, CLIENTS);
  await seedProjects(dataSource);
  const { group, users } = await seedAdministrators(dataSource, SIGN_IN_ACCOUNTS);

  // An active client with portal access (CL3) and a password, 2.0 switched on, projects on its dashboard.
  const anonymous = new BenchClient(app.url);
  const staffSignIn = await anonymous.post(
    JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
      variables: { u: users[0].username, p: BENCH_PASSWORD },
    }),
  );
  const staffCookie = cookieOf(staffSignIn.cookies, 'portico_staff');
  const staff = new BenchClient(app.url, { cookie: staffCookie, 'x-portico-portal': 'home' });
  // A database the bench used before has 2.0 on already (the switch is for good).
  if (!isPortal2Available(await getClientPortalSettings(dataSource)))
    await staff.data('mutation { enableClientPortal2(confirm: true) { portalVersion } }');
  const client = await dataSource.getRepository(Client).findOneByOrFail({ usernameKey: 'cl3' });
  await dataSource
    .getRepository(Client)
    .update({ id: client.id }, { passwordHash: await hashPassword(CLIENT_PASSWORD), portalAccessAllowed: true });
  const clientSignIn = await anonymous.post(
    JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { clientSignIn(username: $u, password: $p) { username } }',
      variables: { u: 'CL3', p: CLIENT_PASSWORD },
    }),
  );
  const clientCookie = cookieOf(clientSignIn.cookies, 'portico_client');
  anonymous.close();
  staff.close();

  // The reference: graphql-js `execute` of the same documents, same resolvers, same database.
  const schema = await buildPorticoSchema();
  const documents = new Map<string, DocumentNode>();
  const staffViewer = { user: users[0], group, sessionTokenHash: '', rights: group.grantedRights(), secondFactor: false };
  const clientViewer = await loadClientViewer(dataSource, hashToken(clientCookie.split('=')[1]), createLoaders(dataSource).clientGroups);
  const reference = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          query: string;
          variables?: Record<string, unknown>;
        };
        let document = documents.get(query);
        if (!document) documents.set(query, (document = parse(query)));
        const portal = req.headers['x-portico-portal'];
        const contextValue: RequestContext = {
          config,
          dataSource,
          database: app.database,
          mailer: app.mailer,
          // The sign-in resolver reads the address and agent and sets a cookie: the least of express it needs.
          req: {
            ip: String(req.headers['x-forwarded-for'] ?? '127.0.0.1'),
            headers: req.headers,
            get: (name: string) => req.headers[name.toLowerCase()],
          } as never,
          res: { cookie: () => undefined, clearCookie: () => undefined } as never,
          staff: portal === 'home' && req.headers.cookie ? staffViewer : null,
          client: portal === 'client' ? clientViewer : null,
          loaders: createLoaders(dataSource),
        };
        const result = await execute({ schema, document, variableValues: variables, contextValue });
        const body = JSON.stringify(result);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      })().catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  });
  reference.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => reference.listen(0, '127.0.0.1', resolve));

  const servers: LoadServers = {
    portico: app.url,
    reference: `http://127.0.0.1:${(reference.address() as AddressInfo).port}`,
    staffCookie,
    clientCookie,
    database: app.database.kind,
    clients: CLIENTS,
  };
  console.log(JSON.stringify(servers));
  const stop = () =>
    void app.stop().finally(() => {
      reference.close();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqlitePath + suffix, { force: true });
      process.exit(0);
    });
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
