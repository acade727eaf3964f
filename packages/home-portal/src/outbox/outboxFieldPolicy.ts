import type { FieldPolicy, Reference } from '@apollo/client';

/**
 * `Query.outboxLetters`, newest first: one list per client filter; a page fetched with `before`
 * (the last id seen) is appended to the letters before it, a first page replaces them.
 */
export const outboxLettersFieldPolicy: FieldPolicy<readonly Reference[]> = {
  keyArgs: ['clientId'],
  merge(existing, incoming, { args, readField }) {
    if (!existing || !args?.before) return incoming;
    const seen = new Set(existing.map((letter) => readField<string>('id', letter)));
    return [...existing, ...incoming.filter((letter) => !seen.has(readField<string>('id', letter)))];
  },
};
