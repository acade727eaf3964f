import type { FieldPolicy, Reference } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asErrorLike } from '../forms/serverErrors';
import { errorMessage } from './graphqlErrors';

/**
 * A list the API answers newest first, paged with `before` = the last id seen (letters, projects,
 * quotes, requests, feedback): one cached list per `keyArgs` (its filters); a page fetched with
 * `before` is appended to the items before it, a first page replaces them.
 */
export function newestFirstListFieldPolicy(keyArgs: string[]): FieldPolicy<readonly Reference[]> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.before) return incoming;
      const seen = new Set(existing.map((item) => readField<string>('id', item)));
      return [...existing, ...incoming.filter((item) => !seen.has(readField<string>('id', item)))];
    },
  };
}

interface LoadOlderOptions {
  items: readonly { id: string }[];
  pageSize: number;
  /** Names the list (its filters): what was learnt about one list says nothing about another. */
  listKey: string;
  /** Fetches the page before `before`; resolves to how many items it held. */
  fetchOlder: (before: string) => Promise<number>;
}

export interface LoadOlder {
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "Load more" failed; the items shown stay. */
  moreError: string | null;
  loadMore: () => Promise<void>;
  /** After reloading the first page: older pages may exist again. */
  startOver: () => void;
}

/**
 * "Load more" for a newest-first list. The API gives no total, so a list has more while its pages
 * come back full; a short page ends it.
 */
export function useLoadOlder({ items, pageSize, listKey, fetchOlder }: LoadOlderOptions): LoadOlder {
  const { t } = useTranslation();
  const [exhausted, setExhausted] = useState<ReadonlySet<string>>(new Set());
  const [loadingMore, setLoadingMore] = useState(false);
  const [failure, setFailure] = useState<{ listKey: string; message: string } | null>(null);

  const loadMore = async () => {
    const last = items[items.length - 1];
    if (!last) return;
    setLoadingMore(true);
    setFailure(null);
    try {
      const fetched = await fetchOlder(last.id);
      if (fetched < pageSize) setExhausted((previous) => new Set(previous).add(listKey));
    } catch (error) {
      setFailure({ listKey, message: errorMessage(asErrorLike(error), t) });
    } finally {
      setLoadingMore(false);
    }
  };

  const startOver = () => {
    setExhausted((previous) => {
      const next = new Set(previous);
      next.delete(listKey);
      return next;
    });
  };

  return {
    hasMore: items.length >= pageSize && !exhausted.has(listKey),
    loadingMore,
    moreError: failure?.listKey === listKey ? failure.message : null,
    loadMore,
    startOver,
  };
}
