import net from 'node:net';
import { startApp, type RunningApp } from '../app';
import { loadConfig } from '../config';
import { sharedStorageEnv } from '../test-support/server-process';
import { startTestApp, type TestApp } from '../test-support/test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(() => test.stop());

async function probe(app: { url: string }, path: '/healthz' | '/readyz'): Promise<{ status: number; type: string | null; body: any }> {
  const response = await fetch(`${app.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

/**
 * A way to take the database away from an app and give it back: for MySQL a TCP proxy in front of
 * the server that is closed (every connection cut, new ones refused) and opened again on the same
 * port; for the embedded SQLite file, closing and reopening the app's connection.
 */
async function databaseOutage(): Promise<{ app: RunningApp; cut(): Promise<void>; restore(): Promise<void>; stop(): Promise<void> }> {
  if (!test.config.databaseUrl) {
    const config = loadConfig({ PORT: '1', LOG_LEVEL: 'silent', ...sharedStorageEnv(test.config) });
    config.port = 0;
    const app = await startApp(config);
    return {
      app,
      cut: () => app.database.dataSource.destroy(),
      restore: async () => {
        await app.database.dataSource.initialize();
      },
      stop: () => app.stop(),
    };
  }
  const target = new URL(test.config.databaseUrl);
  const sockets = new Set<net.Socket>();
  let proxy: net.Server | null = null;
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      proxy = net.createServer((incoming) => {
        const outgoing = net.connect(Number(target.port || 3306), target.hostname);
        for (const socket of [incoming, outgoing]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        incoming.pipe(outgoing).pipe(incoming);
      });
      proxy.listen(port, '127.0.0.1', () => resolve((proxy!.address() as net.AddressInfo).port));
    });
  const port = await listen(0);
  const viaProxy = new URL(test.config.databaseUrl);
  viaProxy.host = `127.0.0.1:${port}`;
  const config = loadConfig({ PORT: '1', LOG_LEVEL: 'silent', FILES_DIR: test.config.filesDir, DATABASE_URL: viaProxy.toString() });
  config.port = 0;
  const app = await startApp(config);
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (proxy) proxy.close(() => resolve());
      else resolve();
      proxy = null;
    });
  return {
    app,
    cut: close,
    restore: async () => {
      await listen(port);
    },
    stop: async () => {
      await app.stop();
      await close();
    },
  };
}

describe('GET /healthz', () => {
  it('says the process is alive as small JSON, without asking the database', async () => {
    let answer: Awaited<ReturnType<typeof probe>> | undefined;
    const statements = await test.countStatements(async () => {
      answer = await probe(test.app, '/healthz');
    });
    expect(answer).toEqual({ status: 200, type: expect.stringMatching(/^application\/json/), body: { status: 'alive' } });
    expect(statements).toBe(0);
  });
});

describe('GET /readyz', () => {
  it('says the process is ready when the database answers and every migration is applied', async () => {
    const answer = await probe(test.app, '/readyz');
    expect(answer).toEqual({
      status: 200,
      type: expect.stringMatching(/^application\/json/),
      body: { status: 'ready', database: 'ok', migrations: 'applied', shuttingDown: false },
    });
  });

  it('answers 503 while a migration of this version is not applied', async () => {
    const { dataSource } = test.app.database;
    await dataSource.undoLastMigration({ transaction: 'each' });
    try {
      expect(await probe(test.app, '/readyz')).toMatchObject({ status: 503, body: { status: 'not ready', migrations: 'pending' } });
    } finally {
      await dataSource.runMigrations({ transaction: 'each' });
    }
    expect((await probe(test.app, '/readyz')).status).toBe(200);
  });

  it('answers 503 while the database is unreachable (the process stays alive), and 200 once it is back', async () => {
    const outage = await databaseOutage();
    try {
      expect((await probe(outage.app, '/readyz')).status).toBe(200);
      await outage.cut();
      const started = Date.now();
      expect(await probe(outage.app, '/readyz')).toMatchObject({ status: 503, body: { status: 'not ready', database: 'unreachable' } });
      expect(Date.now() - started).toBeLessThan(3_000);
      expect((await probe(outage.app, '/healthz')).status).toBe(200);
      await outage.restore();
      let recovered = 0;
      for (let tries = 0; tries < 50 && recovered !== 200; tries += 1) {
        recovered = (await probe(outage.app, '/readyz')).status;
        if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(recovered).toBe(200);
    } finally {
      await outage.stop();
    }
  });
});
