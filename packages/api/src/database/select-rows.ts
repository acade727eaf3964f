/** Rows of a plain SQL SELECT (data migrations, benchmarks), typed by the caller who wrote the SELECT. */
export async function selectRows<Row>(
  runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  sql: string,
  parameters?: unknown[],
): Promise<Row[]> {
  return (await runner.query(sql, parameters)) as Row[];
}
