/** Milliseconds of each of `runs` runs of `action`, one at a time, sorted. */
export async function timings(runs: number, action: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    await action();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

/** The value below which `fraction` of the sorted `values` lie. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

export async function median(runs: number, action: () => Promise<unknown>): Promise<number> {
  return percentile(await timings(runs, action), 0.5);
}

/** Operations per second of `action` over `seconds`, `concurrency` at a time. */
export async function throughput(seconds: number, concurrency: number, action: () => Promise<unknown>): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        await action();
        done += 1;
      }
    }),
  );
  return done / seconds;
}

/** Latencies of `action` run back to back by `concurrency` callers for `seconds`, sorted. */
export async function latenciesUnderLoad(seconds: number, concurrency: number, action: () => Promise<unknown>): Promise<number[]> {
  const until = Date.now() + seconds * 1000;
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const started = process.hrtime.bigint();
        await action();
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

export const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;

/**
 * Operations per second of each action, measured in turns (one second each, `rounds` times over)
 * so that whatever else the machine does weighs on all of them alike.
 */
export async function throughputsInTurns(
  actions: ReadonlyArray<() => Promise<unknown>>,
  options: { rounds: number; secondsPerTurn: number; concurrency: number },
): Promise<number[]> {
  const totals = actions.map(() => 0);
  for (let round = 0; round < options.rounds; round += 1) {
    for (const [index, action] of actions.entries()) totals[index] += await throughput(options.secondsPerTurn, options.concurrency, action);
  }
  return totals.map((total) => total / options.rounds);
}

/**
 * The median time of each action over `rounds` × 5 runs (40 unless told), taken five at a time in
 * turns, so a busy moment weighs on all alike.
 */
export async function mediansInTurns(actions: ReadonlyArray<() => Promise<unknown>>, rounds = 8): Promise<number[]> {
  const times = actions.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, action] of actions.entries()) times[index].push(...(await timings(5, action)));
  }
  return times.map((values) =>
    percentile(
      [...values].sort((a, b) => a - b),
      0.5,
    ),
  );
}
