import { startTestApp, type TestApp } from '../test-support/test-app';
import { mysqlMigrations, sqliteMigrations } from './migrations';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(() => test.stop());

describe('migrations', () => {
  it('are the same steps in the same order on both engines, oldest first', () => {
    const names = (list: typeof mysqlMigrations) => list.map((Migration) => new Migration().name ?? Migration.name);
    expect(names(mysqlMigrations)).toEqual(names(sqliteMigrations));
    const timestamps = names(mysqlMigrations).map((name) => Number(/(\d{13})$/.exec(name)?.[1]));
    expect(timestamps.every((timestamp, index) => index === 0 || timestamp > timestamps[index - 1])).toBe(true);
  });

  it('build exactly the schema the entities describe (run migration:generate after changing an entity)', async () => {
    const pending = await test.app.database.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('can be undone and redone', async () => {
    const { dataSource } = test.app.database;
    const applied = dataSource.migrations.length;
    for (let step = 0; step < applied; step += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(true);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
