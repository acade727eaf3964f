/**
 * `pnpm bench`: how fast Portico is where people wait, side by side with references in the same run.
 *  1. The portals: JavaScript each first route loads, gzip-compressed, next to its budget.
 *  2. SQL: the first and the last page of BENCH_CLIENTS clients (default 100,000) in every sort order,
 *     and filtered pages, each with its total.
 *  3. GraphQL: a page of 100 clients (group, aliases, effective access, canSignInAsPartner) executed by
 *     bare graphql-js `execute`, and the same over HTTP through the whole stack.
 *  4. Sign-in against a bare argon2id verify; the clients page while eight sign-ins are in flight.
 *  5. The staff's projects list across all clients (one project per client), the same two ways.
 * Runs on the embedded SQLite file, or on MySQL/MariaDB when DATABASE_URL is set (its clients and
 * staff are deleted: give it a database of its own).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verify } from '@node-rs/argon2';
import { execute, parse } from 'graphql';
import { startApp } from '../app';
import { createLoaders } from '../auth/loaders';
import type { RequestContext } from '../auth/context';
import { ClientGroup } from '../client-groups/client-group.entity';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Client } from '../clients/client.entity';
import { clientPageQuery, listClients } from '../clients/client.service';
import { likePrefix } from '../common/paging';
import { ClientSortField, SortDirection } from '../clients/client.inputs';
import { ClientStatus } from '../clients/client-status';
import { loadConfig } from '../config';
import { selectRows } from '../database/select-rows';
import { portalRoutes, routeSize } from '../portals/route-sizes';
import { buildPorticoSchema } from '../schema/build-schema';
import { BenchClient, cookieOf } from './bench-http';
import { BENCH_PASSWORD, clearBenchData, cursorAt, seedAdministrators, seedClients, seedProjects } from './bench-data';
import { latenciesUnderLoad, median, mediansInTurns, ms, percentile, ratio, throughput, throughputsInTurns } from './stats';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const PAGE_QUERY = `query Page($after: String) { clients(first: 100, after: $after) {
  totalCount pageInfo { endCursor hasNextPage }
  nodes { id username name status email group { name } partnerAliases { tool externalUsername } canSignInAsPartner
    effectiveAccess { canSignIn explanation group { name } } } } }`;
const PROJECTS_QUERY = `query Projects($status: ProjectStatus, $clientId: ID) { projects(first: 50, status: $status, clientId: $clientId) {
  id number name clientName status deadline totalCost { amount currency } sourceLanguage targetLanguages } }`;
const SIGN_IN = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }';
/** Concurrent sign-ins in the "clients page while signing in" measurement. */
const SIGN_INS_IN_FLIGHT = 8;

function printPortalBudgets(config: ReturnType<typeof loadConfig>): void {
  console.log('Portals: JavaScript a first visit loads, gzip-compressed (CSS apart), next to its budget:');
  for (const route of portalRoutes) {
    const dist = route.portal === 'Home Portal' ? config.homePortalDist : config.clientPortalDist;
    try {
      const size = routeSize(dist, route);
      const verdict = size.jsGzipBytes <= route.budgetBytes ? 'within' : 'OVER';
      console.log(
        `  ${`${route.portal} ${route.name}`.padEnd(32)} ${(size.jsGzipBytes / 1000).toFixed(1).padStart(7)} kB JS  ${(size.cssGzipBytes / 1000).toFixed(1).padStart(5)} kB CSS   budget ${(route.budgetBytes / 1000).toFixed(0)} kB: ${verdict}`,
      );
    } catch (error) {
      console.log(`  ${route.portal} ${route.name}: ${(error as Error).message}`);
    }
  }
}

async function main(): Promise<void> {
  const sqlitePath = path.join(os.tmpdir(), `portico-bench-${process.pid}.sqlite`);
  const config = loadConfig({ ...process.env, SQLITE_PATH: sqlitePath, PORT: '1', DEMO_MODE: 'false' });
  config.port = 0;
  printPortalBudgets(config);

  const app = await startApp(config);
  // As behind a load balancer: keep idle connections longer than its idle timeout (60 s is typical).
  app.server.keepAliveTimeout = 65_000;
  app.server.headersTimeout = 66_000;
  const { dataSource } = app.database;
  const summary: string[] = [];
  try {
    await clearBenchData(app.database);
    const seedStarted = Date.now();
    await seedClients(dataSource, CLIENTS);
    console.log(
      `\nDatabase: ${app.database.kind}; seeded ${CLIENTS.toLocaleString('en')} clients in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    // 2. SQL through the service, as the resolver calls it.
    const groups = await dataSource.getRepository(ClientGroup).find();
    const page = (extra: Partial<Parameters<typeof listClients>[2]>) =>
      listClients(dataSource, groups, { first: 100, sortBy: ClientSortField.NAME, sortDirection: SortDirection.ASC, ...extra });
    console.log('\nSQL, medians of 200 runs taken in turns (page of 100 + total count), first page and last page (keyset cursor):');
    let worstDeepRatio = 0;
    for (const sortBy of Object.values(ClientSortField)) {
      for (const sortDirection of Object.values(SortDirection)) {
        const lastCursor = await cursorAt(dataSource, groups, sortBy, sortDirection, CLIENTS - 101);
        // 200 runs each: the two differ by a fraction of a millisecond, which 40 runs do not tell from noise.
        const [first, last] = await mediansInTurns(
          [() => page({ sortBy, sortDirection }), () => page({ sortBy, sortDirection, after: lastCursor })],
          40,
        );
        worstDeepRatio = Math.max(worstDeepRatio, last / first);
        console.log(
          `  by ${`${sortBy} ${sortDirection}`.padEnd(16)} first ${ms(first)}   last ${ms(last)}   last/first ${ratio(last / first)}`,
        );
      }
    }
    const activeGroup = String(groups.find((group) => group.statusGroupFor === ClientStatus.ACTIVE)!.id);
    const [unfiltered, ...filteredTimes] = await mediansInTurns([
      () => page({}),
      () => page({ filter: { search: 'nordic tech' } }),
      () => page({ filter: { status: ClientStatus.POTENTIAL } }),
      () => page({ filter: { groupId: activeGroup } }),
    ]);
    const filtered = ['search "nordic tech"', 'filter status POTENTIAL', 'filter effective group Active'].map(
      (label, index) => [label, filteredTimes[index]] as const,
    );
    console.log(`  ${'first page by name, unfiltered'.padEnd(34)} ${ms(unfiltered)}`);
    for (const [label, value] of filtered) console.log(`  ${label.padEnd(34)} ${ms(value)}`);
    const fastestFiltered = Math.min(...filtered.map(([, value]) => value));
    console.log(`  unfiltered first page / fastest filtered page: ${ratio(unfiltered / fastestFiltered)}`);
    summary.push(`deepest page/first ${ratio(worstDeepRatio)}`, `unfiltered/filtered ${ratio(unfiltered / fastestFiltered)}`);

    // The word search (any word of the ID, name or e-mail, through the word index) beside the prefix
    // search it replaced (the start of the ID, name or e-mail, LIKE on their keys): page of 100 + count.
    const prefixSearch = (term: string) => {
      const filtered = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) =>
        query.andWhere(
          new Brackets((any) => {
            any
              .where("client.usernameKey LIKE :pattern ESCAPE '!'", { pattern: likePrefix(term) })
              .orWhere("client.nameKey LIKE :pattern ESCAPE '!'", { pattern: likePrefix(term) })
              .orWhere("client.emailKey LIKE :pattern ESCAPE '!'", { pattern: likePrefix(term) });
          }),
        );
      const rows = filtered(
        clientPageQuery(dataSource, groups, { first: 100, sortBy: ClientSortField.NAME, sortDirection: SortDirection.ASC }),
      );
      const count = filtered(dataSource.getRepository(Client).createQueryBuilder('client'));
      return Promise.all([rows.getMany(), count.getCount()]);
    };
    const searches: Array<[string, () => Promise<unknown>]> = [
      ['prefix "nordic" (start of a field)', () => prefixSearch('nordic')],
      ['word "nordic" (any word)', () => page({ filter: { search: 'nordic' } })],
      ['word "tech" (often a middle word)', () => page({ filter: { search: 'tech' } })],
      ['word "nordic tech" (both words)', () => page({ filter: { search: 'nordic tech' } })],
      ['prefix "cl4242" (an ID start)', () => prefixSearch('cl4242')],
      ['word "4242" (rare, last word)', () => page({ filter: { search: '4242' } })],
    ];
    const searchTimes = await mediansInTurns(searches.map(([, run]) => run));
    console.log('\nSearch, medians of 40 runs taken in turns (page of 100 by name + total count):');
    searches.forEach(([label], index) => console.log(`  ${label.padEnd(38)} ${ms(searchTimes[index])}`));
    summary.push(`word search "tech" ${ms(searchTimes[2])}, prefix "nordic" ${ms(searchTimes[0])}, word "4242" ${ms(searchTimes[5])}`);

    // 3. GraphQL: bare graphql-js beside the whole HTTP stack.
    const { group: administrators, users: admins } = await seedAdministrators(dataSource, SIGN_INS_IN_FLIGHT + 1);
    const anonymous = new BenchClient(app.url, { 'x-portico-portal': 'home' });
    const signIn = await anonymous.post(JSON.stringify({ query: SIGN_IN, variables: { u: admins[0].username, p: BENCH_PASSWORD } }));
    const staff = new BenchClient(app.url, { cookie: cookieOf(signIn.cookies, 'portico_staff'), 'x-portico-portal': 'home' });
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
      staff: { user: admins[0], group: administrators, sessionTokenHash: '', rights, secondFactor: false },
      client: null,
      loaders: createLoaders(dataSource),
    });
    const viaGraphqlJs = async () => {
      const result = await execute({ schema, document, contextValue: contextValue() });
      if (result.errors) throw result.errors[0];
    };
    // Each answer is checked whole and free of errors (the page itself is the browser's to parse).
    const pageOverHttp = async (headers: Record<string, string>) => {
      const answer = await staff.post(JSON.stringify({ query: PAGE_QUERY }), headers);
      if (answer.status !== 200 || !answer.body.startsWith('{"data":{"clients":') || answer.body.includes('"errors":'))
        throw new Error(`Unexpected answer: ${answer.body.slice(0, 300)}`);
    };
    // As browsers ask (and as the fetch of earlier benches did): compressed, unpacked on arrival.
    const viaHttp = () => pageOverHttp({ 'accept-encoding': 'br, gzip, deflate' });
    const viaHttpUncompressed = () => pageOverHttp({});
    const statements = await (async () => {
      const before = app.database.queryCounter.statements;
      await viaHttp();
      return app.database.queryCounter.statements - before;
    })();
    console.log(
      `\nGraphQL, a page of 100 clients with group, aliases, effective access and canSignInAsPartner (${statements} SQL statements over HTTP):`,
    );
    const candidates = [
      ['bare graphql-js execute (reference)', viaGraphqlJs],
      ['Portico over HTTP (as a browser asks: brotli)', viaHttp],
      ['Portico over HTTP, uncompressed', viaHttpUncompressed],
    ] as const;
    for (const [, action] of candidates) await throughput(1, 2, action); // warm-up, every path compiled
    const latencies = [];
    for (const [, action] of candidates) latencies.push(await median(30, action));
    // Side by side: one second each in turn, twelve times, 4 requests at a time.
    const perSecond = await throughputsInTurns(
      candidates.map(([, action]) => action),
      { rounds: 12, secondsPerTurn: 1, concurrency: 4 },
    );
    for (const [index, [label]] of candidates.entries())
      console.log(`  ${label.padEnd(44)} ${ms(latencies[index])} median   ${perSecond[index].toFixed(0).padStart(6)} req/s (4 concurrent)`);
    const httpRatio = perSecond[1] / perSecond[0];
    console.log(`  over HTTP / bare graphql-js: ${ratio(httpRatio)} (uncompressed ${ratio(perSecond[2] / perSecond[0])})`);

    // 4. Sign-in: the whole mutation (rate-limit claims, argon2, session) against argon2 alone.
    const hash = admins[0].passwordHash;
    let signIns = 0;
    /** Each sign-in from an address of its own, as many people would: the per-network limit stays out of it. */
    const signInOnce = async (user = admins[(signIns % SIGN_INS_IN_FLIGHT) + 1]) => {
      signIns += 1;
      const answer = await anonymous.post(JSON.stringify({ query: SIGN_IN, variables: { u: user.username, p: BENCH_PASSWORD } }), {
        'x-forwarded-for': `10.${(signIns >> 16) & 255}.${(signIns >> 8) & 255}.${signIns & 255}`,
      });
      if (!answer.body.includes('"signIn":{')) throw new Error(`Sign-in failed: ${answer.body}`);
    };
    const [bareVerify, signInMedian] = await mediansInTurns([() => verify(hash, BENCH_PASSWORD), () => signInOnce()]);
    console.log(
      `\nSign-in, medians of 40 taken in turns: bare argon2id verify ${ms(bareVerify)}   signIn over HTTP ${ms(signInMedian)}   ${ratio(signInMedian / bareVerify)}`,
    );
    const idle = await latenciesUnderLoad(4, 1, viaHttp);
    let signingIn = true;
    const load = Promise.all(
      admins.slice(1, SIGN_INS_IN_FLIGHT + 1).map(async (user) => {
        while (signingIn) await signInOnce(user);
      }),
    );
    const busy = await latenciesUnderLoad(4, 1, viaHttp);
    signingIn = false;
    await load;
    const idleP95 = percentile(idle, 0.95);
    const busyP95 = percentile(busy, 0.95);
    console.log(
      `Clients page p95, idle ${ms(idleP95)}   with ${SIGN_INS_IN_FLIGHT} sign-ins in flight ${ms(busyP95)}   ${ratio(busyP95 / idleP95)}`,
    );
    summary.push(`sign-in/argon2 ${ratio(signInMedian / bareVerify)}`, `p95 while signing in/idle ${ratio(busyP95 / idleP95)}`);

    // 5. The staff's projects list.
    const seeded = Date.now();
    await seedProjects(dataSource);
    const projectsDocument = parse(PROJECTS_QUERY);
    const [busiest] = await selectRows<{ id: number }>(dataSource, 'SELECT MAX(clientId) AS id FROM projects');
    console.log(
      `\nGraphQL, the staff's projects list (50 per page with client names) over ${CLIENTS.toLocaleString('en')} projects (seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s):`,
    );
    for (const [label, variables] of [
      ['first page, all clients', {}],
      ['status READY', { status: 'READY' }],
      ['one client', { clientId: String(busiest.id) }],
    ] as const) {
      const viaJs = async () => {
        const result = await execute({ schema, document: projectsDocument, variableValues: variables, contextValue: contextValue() });
        if (result.errors) throw result.errors[0];
      };
      const viaApi = () => staff.data(PROJECTS_QUERY, variables);
      await viaApi(); // warm-up
      console.log(`  ${label.padEnd(26)} bare graphql-js ${ms(await median(30, viaJs))}   over HTTP ${ms(await median(30, viaApi))}`);
    }
    anonymous.close();
    staff.close();
    console.log(`\nSummary (${app.database.kind}): clients page over HTTP / bare graphql-js ${ratio(httpRatio)}; ${summary.join('; ')}`);
  } finally {
    await app.stop();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqlitePath + suffix, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
