/**
 * The health check HAProxy asks about each Galera node (what `clustercheck` does on a real
 * deployment): HTTP 200 while the node is Synced and ready for queries, 503 while it is down,
 * joining, donating or cut off from the cluster's primary component. A node that merely accepts
 * connections is not enough: a joiner accepts them before it can answer a query.
 *
 * Usage: node galera-check.js <check port>:<node's client port> [...]
 */
import http from 'node:http';
import { createConnection } from 'mysql2/promise';

export const CHECK_USER = 'haproxy_check';

async function synced(port: number): Promise<boolean> {
  try {
    const connection = await createConnection({ host: '127.0.0.1', port, user: CHECK_USER, connectTimeout: 800 });
    try {
      const [rows] = await connection.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state', 'wsrep_ready')");
      const status = Object.fromEntries(
        (rows as Array<{ Variable_name: string; Value: string }>).map((row) => [row.Variable_name, row.Value]),
      );
      // 4 = Synced.
      return status.wsrep_local_state === '4' && status.wsrep_ready === 'ON';
    } finally {
      await connection.end();
    }
  } catch {
    return false;
  }
}

function main(): void {
  for (const pair of process.argv.slice(2)) {
    const [checkPort, nodePort] = pair.split(':').map(Number);
    http
      .createServer((_req, res) => {
        void synced(nodePort).then((ok) =>
          res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'synced\n' : 'not synced\n'),
        );
      })
      .listen(checkPort, '127.0.0.1');
  }
}

if (require.main === module) main();
