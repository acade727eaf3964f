import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { startApp, type RunningApp } from '../app';
import { hashPassword } from '../auth/password';
import { loadConfig, type PorticoConfig } from '../config';
import { SpecialRight, StaffAction, StaffDomain } from '../staff/staff-rights';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import { GraphQLTestClient } from './graphql-client';

export const TEST_PASSWORD = 'correct horse battery';

export interface StaffSpec {
  rights?: Partial<Record<StaffDomain, StaffAction[]>>;
  specialRights?: SpecialRight[];
  administrator?: boolean;
}

export interface TestApp {
  app: RunningApp;
  config: PorticoConfig;
  /** A client with no session. */
  anonymous(): GraphQLTestClient;
  /** A client signed in as a new staff member holding exactly the given rights. */
  signedInStaff(spec?: StaffSpec): Promise<GraphQLTestClient & { staffUserId: number; groupId: number }>;
  /** A second app on its own fresh database whose only staff member is one administrator. */
  startAlone(): Promise<{ admin: GraphQLTestClient & { staffUserId: number; groupId: number }; stop(): Promise<void> }>;
  /** Another API process on the same database, as behind a load balancer. */
  sameDatabaseApp(): Promise<RunningApp>;
  /** Statements run while `action` runs. */
  countStatements(action: () => Promise<unknown>): Promise<number>;
  stop(): Promise<void>;
}

/** A throwaway MySQL database per test file when DATABASE_URL is set, otherwise a throwaway SQLite file. */
export async function throwawayDatabase(): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  const suffix = `${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const base = process.env.DATABASE_URL;
  if (base) {
    const url = new URL(base);
    const name = `${url.pathname.replace(/^\//, '') || 'portico_test'}_${suffix}`;
    url.pathname = '';
    const admin = await createConnection(url.toString());
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const databaseUrl = new URL(base);
    databaseUrl.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: databaseUrl.toString() },
      async drop() {
        const cleanup = await createConnection(url.toString());
        await cleanup.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await cleanup.end();
      },
    };
  }
  const file = path.join(os.tmpdir(), `portico-test-${suffix}.sqlite`);
  return {
    env: { SQLITE_PATH: file },
    drop() {
      for (const extra of ['', '-wal', '-shm']) fs.rmSync(file + extra, { force: true });
      return Promise.resolve();
    },
  };
}

let staffCounter = 0;

/** Starts the real server on a fresh database, on a free port, as `pnpm start` would (without demo data). */
export async function startTestApp(extraEnv: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const database = await throwawayDatabase();
  // Uploaded and demo files go to a folder of this test app, removed with it, never into the checkout's data/.
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-files-'));
  // Request lines would bury the test output; warnings and errors still show.
  extraEnv = { FILES_DIR: filesDir, LOG_LEVEL: 'warn', ...extraEnv };
  const config = loadConfig({ PORT: '1', ...database.env, ...extraEnv });
  config.port = 0;
  const app = await startApp(config);
  // Links in letters must point at this test server, whose port is only known now.
  if (!extraEnv.PUBLIC_URL) config.publicUrl = app.url;
  const dataSource = app.database.dataSource;
  const passwordHash = await hashPassword(TEST_PASSWORD);

  return {
    app,
    config,
    anonymous: () => new GraphQLTestClient(app.url),
    async signedInStaff(spec: StaffSpec = { administrator: true }) {
      staffCounter += 1;
      const groups = dataSource.getRepository(UserGroup);
      const group = spec.administrator
        ? await groups.findOneByOrFail({ isAdministrators: true })
        : await groups.save(
            groups.create({
              name: `Test group ${staffCounter} ${randomBytes(3).toString('hex')}`,
              nameKey: `test group ${staffCounter} ${randomBytes(3).toString('hex')}`,
              isAdministrators: false,
              rightsMatrix: spec.rights ?? {},
              specialRights: spec.specialRights ?? [],
            }),
          );
      const username = `staff${staffCounter}_${randomBytes(3).toString('hex')}`;
      const users = dataSource.getRepository(StaffUser);
      const user = await users.save(
        users.create({
          username,
          usernameKey: username,
          fullName: `Staff ${staffCounter}`,
          email: null,
          passwordHash,
          groupId: group.id,
          active: true,
          lastSignInAt: null,
        }),
      );
      const client = new GraphQLTestClient(app.url);
      await client.data(`mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }`, {
        u: username,
        p: TEST_PASSWORD,
      });
      return Object.assign(client, { staffUserId: user.id, groupId: group.id });
    },
    async startAlone() {
      const alone = await startTestApp(extraEnv);
      return { admin: await alone.signedInStaff(), stop: () => alone.stop() };
    },
    async sameDatabaseApp() {
      const second = loadConfig({ PORT: '1', ...database.env, ...extraEnv });
      second.port = 0;
      return startApp(second);
    },
    async countStatements(action) {
      const before = app.database.queryCounter.statements;
      await action();
      return app.database.queryCounter.statements - before;
    },
    async stop() {
      await app.stop();
      await database.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
