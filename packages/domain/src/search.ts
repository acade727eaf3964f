/**
 * How the clients list's search splits text into words, for the API's word index and for the Home
 * Portal's highlighting of what matched: lower case, split at anything but letters and digits.
 */

/** Longest word kept (the index column's length); longer words are cut, so their start still matches. */
export const MAX_SEARCH_WORD_LENGTH = 100;

/** Most terms one search uses, so a pasted paragraph stays cheap. */
export const MAX_SEARCH_TERMS = 8;

/** The distinct words of `texts`, lower case. */
export function searchWordsOf(...texts: Array<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (word) words.add(word.slice(0, MAX_SEARCH_WORD_LENGTH));
    }
  }
  return [...words];
}

/** A search box's terms: each must match the start of some word of the ID, name or e-mail. */
export function searchTerms(search: string): string[] {
  return searchWordsOf(search).slice(0, MAX_SEARCH_TERMS);
}
