import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The commonly used passwords Portico refuses: the ~49,000 most frequent passwords of public leaks as
 * the zxcvbn-ts project ships them (`passwords-common`), installed with the product, so no network
 * is needed at run time. Compared case-insensitively, as attackers' lists try every casing.
 */
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((entry) => entry.toLowerCase()));
  return common.has(password.toLowerCase());
}

/** How many passwords the list holds (the README and a test quote it). */
export function commonPasswordCount(): number {
  isCommonPassword('');
  return common!.size;
}
