import os from 'node:os';

/**
 * argon2 runs on libuv's threadpool, beside file, zlib and DNS work. At most this many password
 * checks run at once, so a burst of sign-ins leaves a core to the event loop (every other request)
 * and threads to the rest of the pool; further checks wait their turn.
 */
export const PASSWORD_CHECKS_AT_ONCE = Math.max(1, os.availableParallelism() - 1);

/** libuv's threadpool: the password checks' threads plus libuv's default four for everything else. */
export const THREADPOOL_SIZE = PASSWORD_CHECKS_AT_ONCE + 4;

/**
 * Sizes libuv's threadpool; must run before the first file, zlib or password operation (the pool
 * starts with the first task). An operator's UV_THREADPOOL_SIZE wins.
 */
export function sizeThreadpool(): void {
  process.env.UV_THREADPOOL_SIZE ??= String(THREADPOOL_SIZE);
}

let running = 0;
const waiting: Array<() => void> = [];

/** Runs `check` when a password slot is free. */
export async function inPasswordSlot<T>(check: () => Promise<T>): Promise<T> {
  if (running >= PASSWORD_CHECKS_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await check();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
