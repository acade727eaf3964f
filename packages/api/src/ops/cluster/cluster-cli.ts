/**
 * `pnpm cluster:up` starts the local production-like deployment (see local-cluster.ts) and leaves
 * it running; `pnpm cluster:down` stops it and removes its folder. CLUSTER_DIR (default
 * <tmp>/portico-cluster) and CLUSTER_BASE_PORT (default 14300) place it; SMTP_URL, if set, is
 * where its letters go.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clusterPorts, NODES, startLocalCluster, stopLocalCluster, type ClusterState } from './local-cluster';

const dir = process.env.CLUSTER_DIR || path.join(os.tmpdir(), 'portico-cluster');
const basePort = Number(process.env.CLUSTER_BASE_PORT || 14300);
const stateFile = path.join(dir, 'cluster.json');

async function up(): Promise<void> {
  if (fs.existsSync(stateFile)) throw new Error(`A cluster already runs from ${dir}; stop it with pnpm cluster:down.`);
  const cluster = await startLocalCluster({ dir, basePort, smtpUrl: process.env.SMTP_URL || null, detached: true, log: console.log });
  fs.writeFileSync(stateFile, JSON.stringify(cluster.state, null, 2));
  const ports = clusterPorts(basePort);
  console.log(`
The cluster runs (state and logs in ${dir}):
  Portico through HAProxy  ${cluster.url}/  (GraphQL ${cluster.url}/graphql)
  API processes            ${NODES.map((api) => cluster.apiUrl(api)).join('  ')}
  their metrics            ${NODES.map((api) => cluster.metricsUrl(api)).join('  ')}
  Galera nodes (MariaDB)   ${NODES.map((node) => `127.0.0.1:${ports.mysql(node)}`).join('  ')}
  HAProxy admin socket     ${path.join(dir, 'haproxy.sock')}
Create the first administrator with
  DATABASE_URL=${cluster.nodeDatabaseUrl(1)} pnpm --filter @portico/api create-admin -- --username admin --full-name "Admin"
Stop it with pnpm cluster:down.`);
}

async function down(): Promise<void> {
  if (!fs.existsSync(stateFile)) {
    console.log(`No cluster runs from ${dir}.`);
    return;
  }
  await stopLocalCluster(JSON.parse(fs.readFileSync(stateFile, 'utf8')) as ClusterState);
  console.log('The cluster is stopped and its folder removed.');
}

const command = process.argv[2];
(command === 'up' ? up() : command === 'down' ? down() : Promise.reject(new Error('Usage: cluster-cli.js up|down'))).catch(
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
