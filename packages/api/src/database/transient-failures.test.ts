import { databaseRetries } from '../ops/metrics';
import { preparedRows } from './prepared-statements';
import { startTestApp, type TestApp } from '../test-support/test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
  await test.app.database.dataSource.query('CREATE TABLE retry_probe (id INT NOT NULL PRIMARY KEY, hits INT NOT NULL)');
  await test.app.database.dataSource.query('INSERT INTO retry_probe (id, hits) VALUES (1, 0), (2, 0)');
});
afterAll(() => test.stop());

async function retries(scope: string, reason: string): Promise<number> {
  const { values } = await databaseRetries.get();
  return values.find((entry) => entry.labels.scope === scope && entry.labels.reason === reason)?.value ?? 0;
}

/** Resolves when `signal` fires, or after `ms` (SQLite runs transactions one at a time, so the other may never start first). */
const eitherOr = (signal: Promise<void>, ms: number) => Promise.race([signal, new Promise<void>((resolve) => setTimeout(resolve, ms))]);

describe('transient database failures', () => {
  it('two transactions that update the same rows in opposite order both complete: the deadlock victim runs again', async () => {
    const { dataSource } = test.app.database;
    const before = await retries('transaction', 'deadlock');
    let firstRowsTaken!: () => void;
    let secondRowsTaken!: () => void;
    const first = new Promise<void>((resolve) => (firstRowsTaken = resolve));
    const second = new Promise<void>((resolve) => (secondRowsTaken = resolve));
    const runs = { a: 0, b: 0 };
    const crossing = (name: 'a' | 'b', own: number, other: number, took: () => void, otherTook: Promise<void>) =>
      dataSource.transaction(async (manager) => {
        runs[name] += 1;
        await manager.query('UPDATE retry_probe SET hits = hits + 1 WHERE id = ?', [own]);
        took();
        await eitherOr(otherTook, 500);
        await manager.query('UPDATE retry_probe SET hits = hits + 1 WHERE id = ?', [other]);
      });
    await Promise.all([crossing('a', 1, 2, firstRowsTaken, second), crossing('b', 2, 1, secondRowsTaken, first)]);

    const rows = (await dataSource.query('SELECT id, hits FROM retry_probe ORDER BY id')) as Array<{ id: number; hits: number }>;
    expect(rows.map((row) => Number(row.hits))).toEqual([2, 2]);
    if (test.app.database.kind === 'mysql') {
      // InnoDB chose one victim; it ran twice, and the metrics say so.
      expect(runs.a + runs.b).toBe(3);
      expect(await retries('transaction', 'deadlock')).toBe(before + 1);
    } else {
      expect(runs).toEqual({ a: 1, b: 1 });
    }
  });
});

// A connection to lose exists only on a MySQL-compatible server: these run in CI's MariaDB pass (DATABASE_URL).
if (process.env.DATABASE_URL)
  describe('a MySQL connection killed under a statement', () => {
    async function killDuring<T>(sql: string): Promise<T> {
      const { dataSource } = test.app.database;
      const running = dataSource.query(sql) as Promise<T>;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [victim] = (await dataSource.query(
        "SELECT ID AS id FROM information_schema.PROCESSLIST WHERE INFO LIKE '%retry-probe-marker%' AND INFO NOT LIKE '%PROCESSLIST%'",
      )) as Array<{ id: number }>;
      await dataSource.query(`KILL CONNECTION ${Number(victim.id)}`);
      return running;
    }

    it('is run again on a fresh connection when it only reads', async () => {
      const before = (await retries('statement', 'connection_killed')) + (await retries('statement', 'connection_lost'));
      const rows = await killDuring<Array<{ answer: number }>>("SELECT SLEEP(1) AS slept, 42 AS answer, 'retry-probe-marker' AS marker");
      expect(Number(rows[0].answer)).toBe(42);
      const after = (await retries('statement', 'connection_killed')) + (await retries('statement', 'connection_lost'));
      expect(after).toBe(before + 1);
    });

    it('is run again on a fresh connection when it is the prepared read of a session', async () => {
      const { dataSource } = test.app.database;
      const before = (await retries('statement', 'connection_killed')) + (await retries('statement', 'connection_lost'));
      const running = preparedRows(dataSource, "SELECT SLEEP(1) AS slept, ? AS answer, 'retry-probe-marker' AS marker", [42]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [victim] = (await dataSource.query(
        "SELECT ID AS id FROM information_schema.PROCESSLIST WHERE INFO LIKE '%retry-probe-marker%' AND INFO NOT LIKE '%PROCESSLIST%'",
      )) as Array<{ id: number }>;
      await dataSource.query(`KILL CONNECTION ${Number(victim.id)}`);
      expect(Number((await running)[0].answer)).toBe(42);
      const after = (await retries('statement', 'connection_killed')) + (await retries('statement', 'connection_lost'));
      expect(after).toBe(before + 1);
    });

    it('is run again when it writes: in a transaction of its own it was certainly not applied, so it is applied once', async () => {
      const [before] = (await test.app.database.dataSource.query('SELECT hits FROM retry_probe WHERE id = 1')) as Array<{ hits: number }>;
      await killDuring("UPDATE retry_probe SET hits = hits + 100 WHERE id = 1 AND SLEEP(1) = 0 AND 'retry-probe-marker' <> ''");
      const [row] = (await test.app.database.dataSource.query('SELECT hits FROM retry_probe WHERE id = 1')) as Array<{ hits: number }>;
      expect(Number(row.hits)).toBe(Number(before.hits) + 100);
    });
  });
