/**
 * A whole production-like deployment on one machine, on loopback ports: a 3-node MariaDB Galera
 * cluster, one TCP proxy per API process in front of it (its own node first, the others as
 * backups, health-checked by galera-check), 3 API processes in CLUSTER_MODE sharing one files
 * folder, and HAProxy balancing HTTP over them with health checks on /readyz. Used by
 * `pnpm cluster:up` / `cluster:down` and by `pnpm test:cluster`.
 *
 * Needs root (mariadbd drops to the `mysql` user: as root the rsync state transfer fails), Debian's
 * mariadb-server, galera-4, rsync and haproxy, and the API built (`dist/`).
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHECK_USER } from './galera-check';

const run = promisify(execFile);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const NODES = [1, 2, 3] as const;
export type NodeNumber = (typeof NODES)[number];

/** The database user the API processes connect as, and its password (loopback only). */
const APP_USER = { name: 'portico', password: 'portico-cluster-secret' };
const DATABASE = 'portico';

/** Every port of the deployment, from one base port: node i's client port is base + i, and so on. */
export function clusterPorts(base: number) {
  return {
    mysql: (node: number) => base + node,
    groupCommunication: (node: number) => base + 10 + node,
    incrementalTransfer: (node: number) => base + 20 + node,
    snapshotTransfer: (node: number) => base + 30 + node,
    databaseProxy: (api: number) => base + 40 + api,
    api: (api: number) => base + 50 + api,
    metrics: (api: number) => base + 60 + api,
    galeraCheck: (node: number) => base + 70 + node,
    loadBalancer: base + 80,
  };
}

/** What `cluster:up` leaves behind for `cluster:down`: the folder, the base port and every process id. */
export interface ClusterState {
  dir: string;
  basePort: number;
  pids: Record<string, number>;
}

export interface LocalCluster {
  state: ClusterState;
  /** HAProxy's HTTP address: what users and the load of the test use. */
  url: string;
  apiUrl(api: number): string;
  metricsUrl(api: number): string;
  /** A node's own client address (no proxy), for checks that look at every node. */
  nodeDatabaseUrl(node: number): string;
  filesDir: string;
  /** Stops a Galera node the way an operator does (SIGTERM: it leaves the cluster cleanly). */
  stopNode(node: NodeNumber): Promise<void>;
  /** Starts a stopped node again; it rejoins by incremental state transfer. Resolves once it is Synced. */
  startNode(node: NodeNumber): Promise<void>;
  /** Ends an API process at once, as a crash or the OOM killer would (SIGKILL). */
  killApi(api: number): void;
  /** Starts an API process again; resolves once its /readyz answers 200. */
  startApi(api: number): Promise<void>;
  /** HAProxy's view of every server: `backend/server` → UP, DOWN, MAINT, ... */
  balancerView(): Promise<Record<string, string>>;
  /** HAProxy's counters, one object per proxy and server (see `show stat` in HAProxy's management guide). */
  balancerStats(): Promise<Array<Record<string, string>>>;
  /** Stops everything and removes the folder. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  dir: string;
  basePort: number;
  /** Where the API processes send letters; none: letters stay in the outbox. */
  smtpUrl?: string | null;
  /** More settings for the API processes. */
  apiEnv?: NodeJS.ProcessEnv;
  /** Leave the processes running when this process ends (cluster:up). */
  detached?: boolean;
  log?: (message: string) => void;
}

const apiRoot = path.resolve(__dirname, '../../..');
const distFile = (relative: string) => path.join(apiRoot, 'dist', relative);

function nodeConfig(dir: string, ports: ReturnType<typeof clusterPorts>, node: number): string {
  const nodeDir = path.join(dir, `node${node}`);
  const members = NODES.map((member) => `127.0.0.1:${ports.groupCommunication(member)}`).join(',');
  return `[mariadbd]
user=mysql
datadir=${nodeDir}/data
socket=${nodeDir}/mariadbd.sock
pid-file=${nodeDir}/mariadbd.pid
log-error=${nodeDir}/error.log
port=${ports.mysql(node)}
bind-address=127.0.0.1
skip-name-resolve
performance_schema=OFF
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
# Durability comes from the cluster: a commit is certified by every node before it is acknowledged.
innodb_flush_log_at_trx_commit=2
binlog_format=ROW
innodb_autoinc_lock_mode=2
default_storage_engine=InnoDB
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_connections=200
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=portico_local
wsrep_cluster_address=gcomm://${members}
wsrep_node_name=node${node}
wsrep_node_address=127.0.0.1:${ports.groupCommunication(node)}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${ports.groupCommunication(node)};ist.recv_addr=127.0.0.1:${ports.incrementalTransfer(node)};gcache.size=128M"
wsrep_sst_receive_address=127.0.0.1:${ports.snapshotTransfer(node)}
wsrep_sst_method=rsync
`;
}

/**
 * HAProxy: one TCP proxy per API process to the Galera nodes (its own node, the others as
 * backups; a node marked down has its connections cut so the pool reconnects at once), and the
 * HTTP balancer over the API processes with /readyz checks every second (out after 2 failures).
 * Connection failures are retried on another process; a request already sent is never replayed.
 */
function haproxyConfig(dir: string, ports: ReturnType<typeof clusterPorts>): string {
  const galeraServers = NODES.map(
    (node) => `  server node${node} 127.0.0.1:${ports.mysql(node)} check port ${ports.galeraCheck(node)} inter 500ms fall 2 rise 2`,
  ).join('\n');
  const proxies = NODES.map((api) => {
    const order = [api, ...NODES.filter((node) => node !== api)];
    const servers = order
      .map(
        (node, index) =>
          `  server node${node} 127.0.0.1:${ports.mysql(node)} track galera_health/node${node} on-marked-down shutdown-sessions${index ? ' backup' : ''}`,
      )
      .join('\n');
    return `listen database_for_api${api}
  bind 127.0.0.1:${ports.databaseProxy(api)}
  mode tcp
  timeout client 1h
  timeout server 1h
  option redispatch
  retries 3
${servers}
`;
  }).join('\n');
  const apis = NODES.map((api) => `  server api${api} 127.0.0.1:${ports.api(api)}`).join('\n');
  return `global
  stats socket ${dir}/haproxy.sock mode 600 level admin
  maxconn 2000
  log stdout format raw local0 info

defaults
  timeout connect 1s
  timeout client 70s
  timeout server 30s
  timeout check 1s
  timeout http-keep-alive 10s

backend galera_health
  mode tcp
  option httpchk GET /
${galeraServers}

${proxies}
frontend portico
  bind 127.0.0.1:${ports.loadBalancer}
  mode http
  option forwardfor
  # One line per request (in haproxy.log) with the process it went to, and the caller's x-request-id.
  log global
  option httplog
  capture request header x-request-id len 64
  default_backend api

backend api
  mode http
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  default-server check inter 1s fall 2 rise 2
  option redispatch
  retries 3
  retry-on conn-failure
  http-after-response set-header x-portico-backend %s
${apis}
`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; alive(pid) && Date.now() < deadline;) await pause(100);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await pause(50);
}

/** Starts a long-running process with its output in `<dir>/<name>.log`; returns its pid. */
function startProcess(dir: string, name: string, command: string, args: string[], env: NodeJS.ProcessEnv, detached: boolean): number {
  const out = fs.openSync(path.join(dir, `${name}.log`), 'a');
  const child = spawn(command, args, { env, stdio: ['ignore', out, out], detached });
  fs.closeSync(out);
  if (detached) child.unref();
  // A child that cannot start reports it in its log; the waits below notice.
  child.on('error', () => undefined);
  if (!child.pid) throw new Error(`${name} did not start (${command})`);
  return child.pid;
}

async function nodeStatus(dir: string, node: number): Promise<string | null> {
  try {
    const { stdout } = await run('mariadb', [
      `--socket=${path.join(dir, `node${node}`, 'mariadbd.sock')}`,
      '-uroot',
      '-N',
      '-e',
      "SHOW GLOBAL STATUS LIKE 'wsrep_local_state_comment'",
    ]);
    return stdout.split('\t')[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

async function waitSynced(dir: string, node: number, timeoutMs = 120_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await pause(250)) {
    if ((await nodeStatus(dir, node)) === 'Synced') return;
  }
  throw new Error(`Galera node ${node} did not reach Synced; see ${path.join(dir, `node${node}`, 'error.log')}`);
}

async function waitAnswering(url: string, timeoutMs: number, log: string): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await pause(200)) {
    if ((await fetch(url).catch(() => null))?.status === 200) return;
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s; see ${log}`);
}

async function haproxyCommand(dir: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(path.join(dir, 'haproxy.sock'));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(`${command}\n`);
  });
}

/** HAProxy's statistics, one object per proxy and server (`show stat`: pxname, svname, status, eresp, wretr, ...). */
async function balancerStats(dir: string): Promise<Array<Record<string, string>>> {
  const csv = await haproxyCommand(dir, 'show stat');
  const [header, ...rows] = csv.trim().split('\n');
  const columns = header.replace(/^# /, '').split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, index) => [columns[index], cell])));
}

async function balancerView(dir: string): Promise<Record<string, string>> {
  const view: Record<string, string> = {};
  for (const row of await balancerStats(dir)) {
    if (!['FRONTEND', 'BACKEND'].includes(row.svname)) view[`${row.pxname}/${row.svname}`] = row.status;
  }
  return view;
}

/** Starts the whole deployment; see the top of this file. Resolves once HAProxy sends traffic to all three API processes. */
export async function startLocalCluster(options: ClusterOptions): Promise<LocalCluster> {
  const say = options.log ?? (() => undefined);
  if (process.getuid?.() !== 0) throw new Error('The local cluster needs root: mariadbd must be started as root to run as user mysql.');
  for (const file of ['dist/main.js', 'dist/database/migrate.js', 'dist/ops/cluster/galera-check.js']) {
    if (!fs.existsSync(path.join(apiRoot, file))) throw new Error(`${file} is missing: build the API first (pnpm build).`);
  }
  const { dir, basePort } = options;
  const detached = options.detached ?? false;
  const ports = clusterPorts(basePort);
  const state: ClusterState = { dir, basePort, pids: {} };
  const filesDir = path.join(dir, 'files');
  fs.mkdirSync(filesDir, { recursive: true });
  // mysql must reach its datadir: every folder on the way must be searchable.
  fs.chmodSync(dir, 0o755);

  const started: LocalCluster = {
    state,
    url: `http://127.0.0.1:${ports.loadBalancer}`,
    apiUrl: (api) => `http://127.0.0.1:${ports.api(api)}`,
    metricsUrl: (api) => `http://127.0.0.1:${ports.metrics(api)}/metrics`,
    nodeDatabaseUrl: (node) => `mysql://${APP_USER.name}:${APP_USER.password}@127.0.0.1:${ports.mysql(node)}/${DATABASE}`,
    filesDir,
    async stopNode(node) {
      const pid = state.pids[`node${node}`];
      process.kill(pid, 'SIGTERM');
      await waitUntilGone(pid, 60_000);
    },
    async startNode(node) {
      const nodeDir = path.join(dir, `node${node}`);
      const args = [
        `--defaults-file=${nodeDir}/my.cnf`,
        ...(node === 1 && !fs.existsSync(path.join(nodeDir, 'started')) ? ['--wsrep-new-cluster'] : []),
      ];
      state.pids[`node${node}`] = startProcess(dir, `node${node}`, '/usr/sbin/mariadbd', args, process.env, detached);
      await waitSynced(dir, node);
      fs.writeFileSync(path.join(nodeDir, 'started'), '');
    },
    killApi(api) {
      process.kill(state.pids[`api${api}`], 'SIGKILL');
    },
    async startApi(api) {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        // The deployment's settings come from here, never from a developer's .env.
        ENV_FILE: '/dev/null',
        NODE_ENV: 'production',
        CLUSTER_MODE: 'true',
        DATABASE_URL: `mysql://${APP_USER.name}:${APP_USER.password}@127.0.0.1:${ports.databaseProxy(api)}/${DATABASE}`,
        FILES_DIR: filesDir,
        HOST: '127.0.0.1',
        PORT: String(ports.api(api)),
        PUBLIC_URL: `http://127.0.0.1:${ports.loadBalancer}`,
        METRICS_PORT: String(ports.metrics(api)),
        TRUST_PROXY: 'loopback',
        SMTP_URL: options.smtpUrl ?? '',
        ...options.apiEnv,
      };
      state.pids[`api${api}`] = startProcess(dir, `api${api}`, process.execPath, [distFile('main.js')], env, detached);
      await waitAnswering(`${started.apiUrl(api)}/readyz`, 60_000, path.join(dir, `api${api}.log`));
    },
    balancerView: () => balancerView(dir),
    balancerStats: () => balancerStats(dir),
    stop: () => stopLocalCluster(state),
  };

  try {
    for (const node of NODES) {
      const nodeDir = path.join(dir, `node${node}`);
      fs.mkdirSync(path.join(nodeDir, 'data'), { recursive: true });
      fs.writeFileSync(path.join(nodeDir, 'my.cnf'), nodeConfig(dir, ports, node));
      await run('chown', ['-R', 'mysql:mysql', nodeDir]);
    }
    say('Galera: initialising node 1 and bootstrapping the cluster');
    await run('mariadb-install-db', [`--defaults-file=${path.join(dir, 'node1', 'my.cnf')}`, '--user=mysql', '--skip-test-db']);
    await started.startNode(1);
    await run('mariadb', [
      `--socket=${path.join(dir, 'node1', 'mariadbd.sock')}`,
      '-uroot',
      '-e',
      [
        `CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
        `CREATE USER '${APP_USER.name}'@'127.0.0.1' IDENTIFIED BY '${APP_USER.password}'`,
        `GRANT ALL ON *.* TO '${APP_USER.name}'@'127.0.0.1'`,
        `CREATE USER '${CHECK_USER}'@'127.0.0.1'`,
      ].join('; '),
    ]);
    for (const node of [2, 3] as const) {
      say(`Galera: node ${node} joins (full state transfer)`);
      await started.startNode(node);
    }

    state.pids['galera-check'] = startProcess(
      dir,
      'galera-check',
      process.execPath,
      [distFile('ops/cluster/galera-check.js'), ...NODES.map((node) => `${ports.galeraCheck(node)}:${ports.mysql(node)}`)],
      process.env,
      detached,
    );
    fs.writeFileSync(path.join(dir, 'haproxy.cfg'), haproxyConfig(dir, ports));
    state.pids.haproxy = startProcess(dir, 'haproxy', 'haproxy', ['-db', '-f', path.join(dir, 'haproxy.cfg')], process.env, detached);
    for (const deadline = Date.now() + 20_000; ; await pause(200)) {
      const view = await balancerView(dir).catch(() => ({}) as Record<string, string>);
      if (NODES.every((node) => view[`galera_health/node${node}`] === 'UP')) break;
      if (Date.now() > deadline) throw new Error(`HAProxy does not see the Galera nodes up: ${JSON.stringify(view)}`);
    }

    // The deployment order: migrate once, then start the processes (which do not migrate in cluster mode).
    say('Migrating the database once (pnpm --filter @portico/api migrate)');
    await run(process.execPath, [distFile('database/migrate.js')], {
      env: {
        PATH: process.env.PATH,
        ENV_FILE: '/dev/null',
        DATABASE_URL: `mysql://${APP_USER.name}:${APP_USER.password}@127.0.0.1:${ports.databaseProxy(1)}/${DATABASE}`,
        LOG_LEVEL: 'warn',
      },
    });
    say('Starting 3 API processes');
    await Promise.all(NODES.map((api) => started.startApi(api)));
    for (const deadline = Date.now() + 20_000; ; await pause(200)) {
      const view = await balancerView(dir);
      if (NODES.every((api) => view[`api/api${api}`] === 'UP')) break;
      if (Date.now() > deadline) throw new Error(`HAProxy does not see the API processes up: ${JSON.stringify(view)}`);
    }
    return started;
  } catch (error) {
    await started.stop().catch(() => undefined);
    throw error;
  }
}

/** Stops a deployment (one `cluster:up` left running, from its state file): the API processes together, then the rest. */
export async function stopLocalCluster(state: ClusterState): Promise<void> {
  const stop = async (name: string) => {
    const pid = state.pids[name];
    if (!pid || !alive(pid)) return;
    process.kill(pid, 'SIGTERM');
    await waitUntilGone(pid, name.startsWith('node') ? 60_000 : 40_000);
  };
  await Promise.all(NODES.map((api) => stop(`api${api}`)));
  await Promise.all([stop('haproxy'), stop('galera-check')]);
  // The last node to leave is the one that can bootstrap the cluster again.
  for (const node of [3, 2, 1]) await stop(`node${node}`);
  fs.rmSync(state.dir, { recursive: true, force: true });
}
