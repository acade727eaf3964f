import * as z from 'zod/mini';

/**
 * A zod check from a function naming the first problem of a value (or null): one message at a
 * time, the one that matters first, as the user types.
 */
export function firstProblem<T>(problemOf: (value: T) => string | null) {
  return z.superRefine<T>((value, context) => {
    const problem = problemOf(value);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem, input: value });
  });
}

/** The shape of an e-mail address; the API checks it fully and its answer lands on the same field. */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
