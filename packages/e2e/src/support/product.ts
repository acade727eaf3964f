import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const apiDist = path.resolve(__dirname, '../../../api/dist');

export const ADMIN = { username: 'eve.admin', password: 'browser suite secret 1', fullName: 'Eve Administrator' };

export interface Product {
  url: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built product the way an agency deploys it: a fresh database (SQLite file, or a new
 * MySQL database next to DATABASE_URL's), the first administrator made with create-admin, then the
 * server. Extra environment (e.g. DEMO_MODE) goes to the server only.
 */
export async function startProduct(serverEnv: NodeJS.ProcessEnv = {}): Promise<Product> {
  if (!fs.existsSync(path.join(apiDist, 'main.js'))) throw new Error('Build the product first: pnpm build');
  const suffix = randomBytes(4).toString('hex');
  const port = await freePort();
  // A real deployment's key for authenticator secrets (two-factor sign-in), new for each run.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_MODE: 'false',
    NODE_ENV: 'production',
    SECRETS_KEY: randomBytes(32).toString('base64'),
  };
  delete env.SMTP_URL;
  // A developer's own .env (say, a DATABASE_URL) must not leak into the suite's fresh product.
  env.ENV_FILE = '/dev/null';
  let sqlitePath: string | null = null;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${url.pathname.replace(/^\//, '') || 'portico'}_e2e_${suffix}`;
    env.DATABASE_URL = url.toString();
    await run('node', [path.join(apiDist, 'database/create-database.js')], { env });
  } else {
    sqlitePath = path.join(os.tmpdir(), `portico-e2e-${suffix}.sqlite`);
    env.SQLITE_PATH = sqlitePath;
  }
  await run('node', [path.join(apiDist, 'staff/create-admin.js'), '--username', ADMIN.username, '--full-name', ADMIN.fullName], {
    env: { ...env, ADMIN_PASSWORD: ADMIN.password },
  });

  const server: ChildProcess = spawn('node', [path.join(apiDist, 'main.js')], {
    env: { ...env, ...serverEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (server.exitCode !== null) throw new Error(`The server stopped:\n${output}`);
    try {
      const response = await fetch(`${url}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (waited > 30_000) throw new Error(`The server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
    env,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      if (env.DATABASE_URL) await run('node', [path.join(apiDist, 'database/create-database.js'), '--drop'], { env });
      if (sqlitePath) for (const extra of ['', '-wal', '-shm']) fs.rmSync(sqlitePath + extra, { force: true });
    },
  };
}
