/**
 * `pnpm bench`: how fast the clients list is at scale, side by side with references in the same run.
 *  1. SQL: first page, a page deep in the list (keyset), a prefix search and a status filter on
 *     BENCH_CLIENTS clients (default 100,000).
 *  2. GraphQL: the same page of 100 clients (group, aliases, effective access) executed by
 *     bare graphql-js `execute`, by Apollo Server in-process, and by the full HTTP stack.
 *  3. The staff's projects list across all clients (one project per client, so BENCH_CLIENTS
 *     projects): first page, a status filter, one client's projects, the same two ways.
 * Runs on the embedded SQLite file, or on MySQL/MariaDB when DATABASE_URL is set.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execute, parse } from 'graphql';
import { startApp } from '../app';
import { createLoaders } from '../auth/loaders';
import { ClientGroup } from '../client-groups/client-group.entity';
import { listClients } from '../clients/client.service';
import { ClientSortField, SortDirection } from '../clients/client.inputs';
import { ClientStatus } from '../clients/client-status';
import { selectRows } from '../database/select-rows';
import { loadConfig } from '../config';
import { buildPorticoSchema } from '../schema/build-schema';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import { hashPassword } from '../auth/password';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../auth/context';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const PAGE_QUERY = `query Page($after: String) { clients(first: 100, after: $after) {
  totalCount pageInfo { endCursor hasNextPage }
  nodes { id username name status email group { name } partnerAliases { tool externalUsername } canSignInAsPartner
    effectiveAccess { canSignIn explanation group { name } } } } }`;

async function seed(dataSource: DataSource): Promise<void> {
  const statuses = ['ACTIVE', 'POTENTIAL', 'INACTIVE'];
  const words = ['Acme', 'Nordic', 'Global', 'Pharma', 'Legal', 'Tech', 'Travel', 'Energy', 'Media', 'Motors'];
  const groupId = (
    await dataSource
      .getRepository(ClientGroup)
      .save({ name: 'Bench group', nameKey: 'bench group', accessAllowed: true, statusGroupFor: null, rightsMatrix: {} })
  ).id;
  const statusGroupIds = new Map(
    (await dataSource.getRepository(ClientGroup).find()).map((group) => [group.statusGroupFor as string | null, group.id]),
  );
  const batch = 1000;
  for (let start = 0; start < CLIENTS; start += batch) {
    const rows: Record<string, unknown>[] = [];
    for (let index = start; index < Math.min(CLIENTS, start + batch); index += 1) {
      const name = `${words[index % 10]} ${words[Math.floor(index / 10) % 10]} ${index}`;
      rows.push({
        username: `CL${index}`,
        usernameKey: `cl${index}`,
        name,
        nameKey: name.toLowerCase(),
        status: statuses[index % 3],
        email: `contact${index}@client${index}.example`,
        emailKey: `contact${index}@client${index}.example`,
        assignToStatus: index % 4 !== 0,
        groupId: index % 4 === 0 ? groupId : null,
        effectiveGroupId: index % 4 === 0 ? groupId : statusGroupIds.get(statuses[index % 3]),
        portalAccessAllowed: index % 5 !== 0,
        preferredLanguage: 'EN',
        formatPreferences: '{}',
        version: 1,
        updatedBy: 'bench',
      });
    }
    await dataSource.createQueryBuilder().insert().into('clients').values(rows).updateEntity(false).execute();
  }
}

const PROJECTS_QUERY = `query Projects($status: ProjectStatus, $clientId: ID) { projects(first: 50, status: $status, clientId: $clientId) {
  id number name clientName status deadline totalCost { amount currency } sourceLanguage targetLanguages } }`;

async function seedProjects(dataSource: DataSource): Promise<void> {
  const statuses = ['REQUESTED', 'IN_PROGRESS', 'READY', 'DELIVERED', 'CLOSED', 'CANCELLED'];
  const clientIds = (await selectRows<{ id: number }>(dataSource, 'SELECT id FROM clients ORDER BY id')).map((row) => row.id);
  const now = new Date();
  for (let start = 0; start < clientIds.length; start += 1000) {
    const rows = clientIds.slice(start, start + 1000).map((clientId, offset) => ({
      clientId,
      name: `Project ${start + offset}`,
      services: ['TRANSLATION'],
      sourceLanguage: 'en',
      targetLanguages: ['de-DE', 'fr-FR'],
      orderedAt: now,
      deadline: now,
      deliveredAt: null,
      status: statuses[(start + offset) % statuses.length],
      totalCostMinor: 12_345,
      currency: 'EUR',
      catTool: null,
      quoteId: null,
      requestId: null,
      version: 1,
    }));
    await dataSource.createQueryBuilder().insert().into('projects').values(rows).updateEntity(false).execute();
  }
}

async function median(runs: number, action: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    await action();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Operations per second of `action` over `seconds`, `concurrency` at a time. */
async function throughput(seconds: number, concurrency: number, action: () => Promise<unknown>): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        await action();
        done += 1;
      }
    }),
  );
  return done / seconds;
}

async function main(): Promise<void> {
  const sqlitePath = path.join(os.tmpdir(), `portico-bench-${process.pid}.sqlite`);
  const config = loadConfig({ ...process.env, SQLITE_PATH: sqlitePath, PORT: '1', DEMO_MODE: 'false' });
  config.port = 0;
  const app = await startApp(config);
  const { dataSource } = app.database;
  try {
    if (config.databaseUrl) {
      await dataSource.query('DELETE FROM partner_aliases');
      await dataSource.query('DELETE FROM sessions');
      await dataSource.query('DELETE FROM staff_users');
      await dataSource.query('DELETE FROM projects');
      await dataSource.query('DELETE FROM clients');
      await dataSource.query('DELETE FROM client_groups WHERE statusGroupFor IS NULL');
    }
    const seedStarted = Date.now();
    await seed(dataSource);
    console.log(
      `Database: ${app.database.kind}; seeded ${CLIENTS.toLocaleString('en')} clients in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s\n`,
    );

    const groups = await dataSource.getRepository(ClientGroup).find();
    const page = (extra: Partial<Parameters<typeof listClients>[2]>) =>
      listClients(dataSource, groups, { first: 100, sortBy: ClientSortField.NAME, sortDirection: SortDirection.ASC, ...extra });
    const middle = (await page({ first: 100, sortBy: ClientSortField.USERNAME })).pageInfo.endCursor;
    let deepCursor = middle;
    for (let hop = 0; hop < 10; hop += 1)
      deepCursor = (await page({ after: deepCursor, sortBy: ClientSortField.USERNAME })).pageInfo.endCursor;

    console.log('SQL, median of 20 runs (page of 100 + total count):');
    const sqlRows: Array<[string, number]> = [
      ['first page by name', await median(20, () => page({}))],
      ['page 11 by ID (keyset cursor)', await median(20, () => page({ after: deepCursor, sortBy: ClientSortField.USERNAME }))],
      ['search "nordic tech"', await median(20, () => page({ filter: { search: 'nordic tech' } }))],
      ['filter status POTENTIAL', await median(20, () => page({ filter: { status: 'POTENTIAL' as never } }))],
      [
        'filter effective group Active',
        await median(20, () =>
          page({ filter: { groupId: String(groups.find((group) => group.statusGroupFor === ClientStatus.ACTIVE)!.id) } }),
        ),
      ],
    ];
    for (const [label, ms] of sqlRows) console.log(`  ${label.padEnd(34)} ${ms.toFixed(2).padStart(8)} ms`);

    // A signed-in administrator for the GraphQL side.
    const administrators = await dataSource.getRepository(UserGroup).findOneByOrFail({ isAdministrators: true });
    const users = dataSource.getRepository(StaffUser);
    const admin = await users.save(
      users.create({
        username: 'bench',
        usernameKey: 'bench',
        fullName: 'Bench',
        email: null,
        passwordHash: await hashPassword('bench password 1'),
        groupId: administrators.id,
        active: true,
        lastSignInAt: null,
      }),
    );
    const signIn = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signIn(username: "bench", password: "bench password 1") { id } }' }),
    });
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];

    const schema = await buildPorticoSchema();
    const document = parse(PAGE_QUERY);
    const rights = administrators.grantedRights();
    const contextValue = (): RequestContext => ({
      config,
      dataSource,
      database: app.database,
      mailer: app.mailer,
      req: {} as never,
      res: {} as never,
      staff: { user: admin, group: administrators, sessionTokenHash: '', rights },
      client: null,
      loaders: createLoaders(dataSource),
    });
    const viaGraphqlJs = async () => {
      const result = await execute({ schema, document, contextValue: contextValue() });
      if (result.errors) throw result.errors[0];
    };
    const viaHttp = async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: PAGE_QUERY }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const statements = await (async () => {
      const before = app.database.queryCounter.statements;
      await viaHttp();
      return app.database.queryCounter.statements - before;
    })();

    console.log(
      `\nGraphQL, a page of 100 clients with group, aliases and effective access (${statements} SQL statements per request over HTTP):`,
    );
    for (const [label, action] of [
      ['bare graphql-js execute (reference)', viaGraphqlJs],
      ['Portico over HTTP (Apollo, armor, session)', viaHttp],
    ] as const) {
      await throughput(1, 2, action); // warm-up
      const latency = await median(30, action);
      const perSecond = await throughput(4, 4, action);
      console.log(
        `  ${label.padEnd(44)} ${latency.toFixed(2).padStart(7)} ms median   ${perSecond.toFixed(0).padStart(6)} req/s (4 concurrent)`,
      );
    }

    await seedProjects(dataSource);
    const projectsDocument = parse(PROJECTS_QUERY);
    const [busiest] = await selectRows<{ id: number }>(dataSource, 'SELECT MAX(clientId) AS id FROM projects');
    const someClientId = String(busiest.id);
    console.log(`\nGraphQL, the staff's projects list (50 per page with client names) over ${CLIENTS.toLocaleString('en')} projects:`);
    for (const [label, variables] of [
      ['first page, all clients', {}],
      ['status READY', { status: 'READY' }],
      ['one client', { clientId: someClientId }],
    ] as const) {
      const viaJs = async () => {
        const result = await execute({ schema, document: projectsDocument, variableValues: variables, contextValue: contextValue() });
        if (result.errors) throw result.errors[0];
      };
      const viaApi = async () => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: PROJECTS_QUERY, variables }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      };
      await viaApi(); // warm-up
      console.log(
        `  ${label.padEnd(26)} bare graphql-js ${(await median(30, viaJs)).toFixed(2).padStart(7)} ms   over HTTP ${(await median(30, viaApi)).toFixed(2).padStart(7)} ms`,
      );
    }
  } finally {
    await app.stop();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqlitePath + suffix, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
