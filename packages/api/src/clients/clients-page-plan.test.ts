import { ClientGroup } from '../client-groups/client-group.entity';
import { cursorAt, seedClients } from '../bench/bench-data';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { ClientSortField, SortDirection } from './client.inputs';
import { clientPageQuery, keysetParts, listClients } from './client.service';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
  // Enough rows that the planner weighs an index against a sort as it would on a real list.
  await seedClients(test.app.database.dataSource, 3000);
  if (test.app.database.kind === 'mysql') await test.app.database.dataSource.query('ANALYZE TABLE clients');
  else await test.app.database.dataSource.query('ANALYZE');
}, 60_000);
afterAll(() => test.stop());

/** How the database means to run each part of a page deep in the list (after the 2,500th of 3,000 clients). */
async function plansOf(sortBy: ClientSortField, sortDirection: SortDirection): Promise<string[]> {
  const { dataSource, kind } = test.app.database;
  const groups = await dataSource.getRepository(ClientGroup).find();
  const cursor = await cursorAt(dataSource, groups, sortBy, sortDirection, 2500);
  const plans: string[] = [];
  for (const part of keysetParts(dataSource, sortBy)) {
    const request = { first: 100, after: cursor, sortBy, sortDirection };
    const [sql, parameters] = clientPageQuery(dataSource, groups, request, part).getQueryAndParameters();
    const explain = kind === 'mysql' ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN';
    const rows = (await dataSource.query(`${explain} ${sql}`, parameters)) as Record<string, unknown>[];
    const steps = rows.map((row) =>
      kind === 'mysql' ? `type=${String(row.type)} key=${String(row.key)} extra=${String(row.Extra)}` : String(row.detail),
    );
    plans.push(steps.join('\n'));
  }
  return plans;
}

const orders = Object.values(ClientSortField).flatMap((sortBy) =>
  Object.values(SortDirection).map((direction) => [sortBy, direction] as const),
);

describe('a page deep in the clients list', () => {
  it.each(orders)('sorted by %s %s, is read as a range of an index in sort order, never sorted whole', async (sortBy, direction) => {
    for (const plan of await plansOf(sortBy, direction)) {
      if (test.app.database.kind === 'mysql') {
        expect(plan).toMatch(/type=range key=IDX_\w+/);
        expect(plan).not.toMatch(/filesort|temporary/i);
      } else {
        // A range (of the sort index, or of ids among the sort value's ties), never a scan, never a sort.
        expect(plan).toMatch(/^SEARCH client USING (COVERING )?(INDEX \w+|INTEGER PRIMARY KEY) \(.*[<>]\?\)$/);
        expect(plan).not.toMatch(/SCAN|TEMP B-TREE/);
      }
    }
  });
});

describe('keyset paging', () => {
  it.each(orders)(
    'sorted by %s %s, the page after a cursor holds the next clients in order, none skipped',
    async (sortBy, sortDirection) => {
      const { dataSource } = test.app.database;
      const groups = await dataSource.getRepository(ClientGroup).find();
      const after = await cursorAt(dataSource, groups, sortBy, sortDirection, 2500);
      const page = await listClients(dataSource, groups, { first: 100, after, sortBy, sortDirection });
      const expected = await clientPageQuery(dataSource, groups, { first: 1, sortBy, sortDirection })
        .take(undefined)
        .limit(100)
        .offset(2501)
        .getMany();
      expect(page.nodes.map((client) => client.id)).toEqual(expected.map((client) => client.id));
      expect(page.totalCount).toBe(3000);
    },
  );
});
