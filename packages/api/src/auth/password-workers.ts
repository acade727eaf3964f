import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Options } from '@node-rs/argon2';

/**
 * Password hashing runs in threads of its own, at most one fewer than the cores at once, so a burst
 * of sign-ins leaves a core to the event loop; further checks wait their turn.
 */
export const PASSWORD_CHECKS_AT_ONCE = Math.max(1, os.availableParallelism() - 1);

/**
 * How much nicer those threads are than the process (Linux niceness: 0 is normal, 19 the lowest
 * priority). argon2 is built to use all the CPU it gets; 10 steps down it gets what the event loop and
 * the database leave, so the pages people wait for keep their speed while sign-ins queue, and a
 * sign-in on an idle machine is as fast as ever.
 */
export const PASSWORD_THREAD_NICENESS_STEPS = 10;

/** What a password thread runs: argon2's synchronous calls, after lowering its own priority. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const argon2 = require(workerData.argon2);
try {
  // Linux gives every thread its own niceness; /proc/thread-self names this thread's id.
  const threadId = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  const os = require('node:os');
  os.setPriority(threadId, Math.min(19, os.getPriority(threadId) + workerData.nicenessSteps));
} catch {}
parentPort.on('message', ({ operation, args }) => {
  try {
    parentPort.postMessage({ value: operation === 'hash' ? argon2.hashSync(...args) : argon2.verifySync(...args) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;

type Job = { operation: 'hash' | 'verify'; args: unknown[]; resolve(value: unknown): void; reject(error: Error): void };

const idle: Worker[] = [];
const busy = new Map<Worker, Job>();
const waiting: Job[] = [];

function startWorker(): Worker {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { argon2: require.resolve('@node-rs/argon2'), nicenessSteps: PASSWORD_THREAD_NICENESS_STEPS },
  });
  worker.on('message', (answer: { value?: unknown; error?: string }) => {
    const job = busy.get(worker);
    busy.delete(worker);
    if (answer.error !== undefined) job?.reject(new Error(answer.error));
    else job?.resolve(answer.value);
    handOut(worker);
  });
  // A thread that died (out of memory, say) fails its job; a new one takes its place when needed.
  let gone = false;
  const lost = (error: Error) => {
    if (gone) return;
    gone = true;
    const job = busy.get(worker);
    busy.delete(worker);
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
    job?.reject(error);
    if (waiting.length) handOut(startWorker());
  };
  worker.on('error', lost);
  worker.on('exit', (code) => lost(new Error(`A password thread stopped (exit code ${code}).`)));
  return worker;
}

/** Gives the worker the next waiting job, or lets it idle. Only a thread at work keeps the process alive. */
function handOut(worker: Worker): void {
  const job = waiting.shift();
  if (!job) {
    worker.unref();
    idle.push(worker);
    return;
  }
  worker.ref();
  busy.set(worker, job);
  worker.postMessage({ operation: job.operation, args: job.args });
}

function run<T>(operation: Job['operation'], args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting.push({ operation, args, resolve: resolve as (value: unknown) => void, reject });
    const worker = idle.pop() ?? (busy.size < PASSWORD_CHECKS_AT_ONCE ? startWorker() : undefined);
    if (worker) handOut(worker);
  });
}

export function hashInPasswordThread(password: string, options: Options): Promise<string> {
  return run('hash', [password, options]);
}

export function verifyInPasswordThread(storedHash: string, password: string): Promise<boolean> {
  return run('verify', [storedHash, password]);
}
