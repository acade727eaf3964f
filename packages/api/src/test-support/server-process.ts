import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Every JSON line the process wrote to stdout so far. */
  lines: Array<Record<string, any>>;
  /** Everything written to stdout and stderr, as text (to check what must never be written). */
  output(): string;
  /** The first line, already written or still to come, that matches. */
  waitForLine(match: (line: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends the process at once if it still runs. */
  kill(): Promise<void>;
}

const apiRoot = path.resolve(__dirname, '../..');

/** The address the server logs once it runs (with PORT=0 only it knows the port). */
async function loggedUrl(waitForLine: ServerProcess['waitForLine']): Promise<string> {
  const running = await waitForLine((line) => typeof line.msg === 'string' && line.msg.startsWith('Portico is running'), 60_000);
  return String(running.homePortal).replace(/\/$/, '');
}

/** For a server told its port (and perhaps not logging at info): the address once /healthz answers. */
async function answering(url: string, exited: Promise<unknown>): Promise<string> {
  let ended = false;
  void exited.then(() => (ended = true));
  for (let waited = 0; waited < 60_000 && !ended; waited += 100) {
    if ((await fetch(`${url}/healthz`).catch(() => null))?.ok) return url;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server at ${url} never answered`);
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The database and files folder of a test app, for a server process that should share them. */
export function sharedStorageEnv(config: { databaseUrl: string | null; sqlitePath: string; filesDir: string }): NodeJS.ProcessEnv {
  return config.databaseUrl
    ? { DATABASE_URL: config.databaseUrl, FILES_DIR: config.filesDir }
    : { SQLITE_PATH: config.sqlitePath, FILES_DIR: config.filesDir };
}

/**
 * Starts the real server (`main.ts`) in a child process, as an operator runs it: from the TypeScript
 * sources (compiled on the fly, as Jest does) or from the build (`dist/main.js`). Only `env` and PATH
 * reach it; an empty ENV_FILE keeps a developer's `.env` out. Resolves once it logs that it runs.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv, options: { fromBuild?: boolean } = {}): Promise<ServerProcess> {
  const args = options.fromBuild
    ? [path.join(apiRoot, 'dist/main.js')]
    : ['-r', path.join(__dirname, 'register-ts.cjs'), path.join(apiRoot, 'src/main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: apiRoot,
    env: { PATH: process.env.PATH, ENV_FILE: '/dev/null', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<Record<string, any>> = [];
  let text = '';
  let pending = '';
  const waiters: Array<() => void> = [];
  const take = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    pending += chunk.toString('utf8');
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const line of complete) {
      try {
        lines.push(JSON.parse(line));
      } catch {
        // Not a log line (a crash report): kept in output() only.
      }
    }
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
      for (const wake of waiters.splice(0)) wake();
    }),
  );
  let stopped = false;
  void exited.then(() => (stopped = true));

  const waitForLine = async (match: (line: Record<string, any>) => boolean, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find(match);
      if (found) return found;
      if (stopped) throw new Error(`The server process ended without that line:\n${text}`);
      if (Date.now() > deadline) throw new Error(`No such line within ${timeoutMs} ms:\n${text}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  const url = env.PORT && env.PORT !== '0' ? await answering(`http://127.0.0.1:${env.PORT}`, exited) : await loggedUrl(waitForLine);
  return {
    url,
    child,
    lines,
    output: () => text,
    waitForLine,
    exited,
    async kill() {
      if (!stopped) child.kill('SIGKILL');
      await exited;
    },
  };
}
