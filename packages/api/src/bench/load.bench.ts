/**
 * `pnpm bench:load`: Portico under load, next to a bare graphql-js reference on the same data.
 * The clients page (staff), a Client Portal dashboard and sign-in, each at 20 and 50 concurrent
 * connections for BENCH_LOAD_SECONDS (default 5) per run: requests per second, p50/p95/p99 latency
 * and errors. The servers run in a child process (load-server.ts); the load comes from autocannon here.
 * SQLite by default, MySQL/MariaDB with DATABASE_URL (its clients and staff are deleted).
 */
// bench-data (for the password) loads the entities, whose decorators need the metadata API.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { BENCH_PASSWORD } from './bench-data';
import type { LoadServers } from './load-server';
import { percentile } from './stats';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const CONNECTIONS = [20, 50];
const SIGN_IN_ACCOUNTS = 60;

const CLIENTS_PAGE = `{ clients(first: 100) { totalCount pageInfo { endCursor hasNextPage }
  nodes { id username name status email group { name } partnerAliases { tool externalUsername } canSignInAsPartner
    effectiveAccess { canSignIn explanation group { name } } } } }`;
const DASHBOARD = `{ clientDashboard { quotesToDecide { id number name validUntil total { amount currency } }
  recentDeliveries { id number name deliveredAt sourceLanguage targetLanguages }
  answeredFeedback { id score comment answer } openRequests { id number name kind status createdAt } } }`;

interface Scenario {
  name: string;
  headers: (servers: LoadServers) => Record<string, string>;
  /** A fresh request body (and headers) for each request; null when every request is the same. */
  request: ((sequence: number) => { body: string; headers: Record<string, string> }) | null;
  body: string;
}

const scenarios: Scenario[] = [
  {
    name: 'clients page (100 with access details)',
    headers: (servers) => ({ cookie: servers.staffCookie, 'x-portico-portal': 'home' }),
    request: null,
    body: JSON.stringify({ query: CLIENTS_PAGE }),
  },
  {
    name: 'Client Portal dashboard',
    headers: (servers) => ({ cookie: servers.clientCookie, 'x-portico-portal': 'client' }),
    request: null,
    body: JSON.stringify({ query: DASHBOARD }),
  },
  {
    name: 'staff sign-in (argon2id)',
    headers: () => ({ 'x-portico-portal': 'home' }),
    // Each sign-in from an address of its own and for one of many accounts, as many people signing in would.
    request: (sequence) => ({
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
        variables: { u: `bench${sequence % SIGN_IN_ACCOUNTS}`, p: BENCH_PASSWORD },
      }),
      headers: { 'x-forwarded-for': `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}` },
    }),
    body: '',
  },
];

interface Run {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

async function load(url: string, scenario: Scenario, servers: LoadServers, connections: number): Promise<Run> {
  let sequence = 0;
  let errors = 0;
  const latencies: number[] = [];
  const baseHeaders = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...scenario.headers(servers) };
  const options: autocannon.Options = {
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: SECONDS,
    headers: baseHeaders,
    body: scenario.body,
    requests: [
      {
        ...(scenario.request
          ? {
              setupRequest: (request: autocannon.Request) => {
                const next = scenario.request!((sequence += 1));
                return { ...request, body: next.body, headers: { ...baseHeaders, ...next.headers } };
              },
            }
          : {}),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) errors += 1;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, done: autocannon.Result) => (error ? reject(error as Error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    perSecond: result.requests.average,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: errors + result.errors + result.timeouts,
  };
}

function startServers(): Promise<{ servers: LoadServers; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'load-server.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      // The servers' own log lines are JSON too: the ready line is the one naming the servers.
      if (!line.startsWith('{"portico":')) return;
      resolve({ servers: JSON.parse(line) as LoadServers, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`The load servers stopped (exit ${code}) before they were ready`)));
  });
}

const cell = (value: number) => value.toFixed(1).padStart(8);

async function main(): Promise<void> {
  const { servers, stop } = await startServers();
  try {
    console.log(
      `Load on ${servers.database}, ${servers.clients.toLocaleString('en')} clients, ${SECONDS} s a run; latencies in ms. "bare" is graphql-js execute from node:http on the same data.`,
    );
    console.log(`${'scenario'.padEnd(40)} conns  server     req/s      p50      p95      p99  errors`);
    for (const scenario of scenarios) {
      for (const connections of CONNECTIONS) {
        for (const [label, url] of [
          ['Portico', servers.portico],
          ['bare', servers.reference],
        ] as const) {
          const run = await load(url, scenario, servers, connections);
          console.log(
            `${scenario.name.padEnd(40)} ${String(connections).padStart(5)}  ${label.padEnd(8)} ${cell(run.perSecond)} ${cell(run.p50)} ${cell(run.p95)} ${cell(run.p99)} ${String(run.errors).padStart(7)}`,
          );
        }
      }
    }
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
