import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../app';
import { loadConfig } from '../config';
import { throwawayDatabase } from '../test-support/test-app';
import { createDataSource, type PorticoDataSource } from './data-source';
import { mysqlMigrations } from './migrations';

const MIGRATIONS = mysqlMigrations.length;

/** A fresh, empty database with its files folder; `inspect` opens it without migrating anything. */
async function emptyDatabase() {
  const database = await throwawayDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-files-'));
  const env: NodeJS.ProcessEnv = { ...database.env, FILES_DIR: filesDir, LOG_LEVEL: 'silent' };
  const opened: PorticoDataSource[] = [];
  return {
    env,
    start(extra: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
      const config = loadConfig({ PORT: '1', ...env, ...extra });
      config.port = 0;
      return startApp(config);
    },
    async inspect(): Promise<PorticoDataSource> {
      const source = await createDataSource(loadConfig({ ...env }));
      await source.dataSource.initialize();
      opened.push(source);
      return source;
    },
    async drop() {
      for (const source of opened) await source.dataSource.destroy();
      await database.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** Runs the `migrate` command (from the sources) as a deployment would; resolves with its exit code and output. */
function runMigrateCommand(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const apiRoot = path.resolve(__dirname, '../..');
  const child = spawn(process.execPath, ['-r', './src/test-support/register-ts.cjs', 'src/database/migrate.ts'], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH, ENV_FILE: '/dev/null', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

const lockRow = { insert: 'INSERT INTO migration_lock (id, holder, heartbeat_at) VALUES (1, ?, ?)' };

describe('migrations when several processes start', () => {
  it('run once when three processes start at the same moment on an empty database; all three start', async () => {
    const database = await emptyDatabase();
    try {
      const apps = await Promise.all([database.start(), database.start(), database.start()]);
      try {
        for (const app of apps) expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
        const { dataSource } = apps[0].database;
        const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM migrations');
        expect(Number(count)).toBe(MIGRATIONS);
        expect(await dataSource.query('SELECT * FROM migration_lock')).toEqual([]);
      } finally {
        await Promise.all(apps.map((app) => app.stop()));
      }
    } finally {
      await database.drop();
    }
  });

  it('wait while another process holds the migration lock, and start once it is released', async () => {
    const database = await emptyDatabase();
    try {
      const inspector = await database.inspect();
      await inspector.dataSource.query(
        'CREATE TABLE IF NOT EXISTS migration_lock (id INT NOT NULL PRIMARY KEY, holder VARCHAR(200) NOT NULL, heartbeat_at BIGINT NOT NULL)',
      );
      await inspector.dataSource.query(lockRow.insert, ['another machine', Date.now()]);
      let started: RunningApp | null = null;
      const starting = database.start().then((app) => (started = app));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(started).toBeNull();
      await inspector.dataSource.query('DELETE FROM migration_lock');
      const app = await starting;
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      await app.stop();
    } finally {
      await database.drop();
    }
  });

  it('take over a lock whose holder stopped renewing it (it died mid-way)', async () => {
    const database = await emptyDatabase();
    try {
      const inspector = await database.inspect();
      await inspector.dataSource.query(
        'CREATE TABLE IF NOT EXISTS migration_lock (id INT NOT NULL PRIMARY KEY, holder VARCHAR(200) NOT NULL, heartbeat_at BIGINT NOT NULL)',
      );
      await inspector.dataSource.query(lockRow.insert, ['a process that died', Date.now() - 5 * 60_000]);
      const app = await database.start();
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      await app.stop();
    } finally {
      await database.drop();
    }
  });
});

describe('the migrate command and MIGRATE_ON_START=false', () => {
  it('refuse to start on pending migrations, naming the command; after `migrate` ran once, processes start without migrating', async () => {
    const database = await emptyDatabase();
    try {
      await expect(database.start({ MIGRATE_ON_START: 'false' })).rejects.toThrow(
        /lacks \d+ migration\(s\)[\s\S]*Run "pnpm --filter @portico\/api migrate" once/,
      );

      const first = await runMigrateCommand(database.env);
      expect(first).toMatchObject({ code: 0, output: expect.stringContaining(`Applied ${MIGRATIONS} migration(s)`) });
      const again = await runMigrateCommand(database.env);
      expect(again).toMatchObject({ code: 0, output: expect.stringContaining('up to date') });

      const app = await database.start({ MIGRATE_ON_START: 'false' });
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      await app.stop();
    } finally {
      await database.drop();
    }
  }, 60_000);
});
