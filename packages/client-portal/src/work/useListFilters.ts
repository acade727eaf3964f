import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filter by one of `choices` (a status, a file's role) and its search text, kept in the
 * address (`?status=…&search=…`, the first named by `param`) so they survive a reload and the back
 * button. The search is sent once the client pauses typing.
 */
export function useListFilters<Choice extends string>(choices: readonly Choice[], param = 'status'): ListFilters<Choice> {
  const [params, setParams] = useSearchParams();
  const rawChoice = params.get(param);
  const choice = choices.find((candidate) => candidate === rawChoice) ?? null;
  const [searchText, setSearchText] = useState(() => params.get('search') ?? '');
  const [debouncedSearch] = useDebouncedValue(searchText.trim(), 300);

  const searchInAddress = params.get('search') ?? '';
  useEffect(() => {
    if (searchInAddress === debouncedSearch) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedSearch) next.set('search', debouncedSearch);
        else next.delete('search');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, searchInAddress, setParams]);

  const setChoice = (value: Choice | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(param, value);
        else next.delete(param);
        return next;
      },
      { replace: true },
    );

  return {
    /** The chosen status or role: null for all. */
    choice,
    setChoice,
    searchText,
    setSearchText,
    /** The search as sent to the API: null when empty. */
    search: debouncedSearch || null,
    clear: () => {
      setSearchText('');
      setChoice(null);
    },
    filtered: choice !== null || debouncedSearch !== '',
  };
}

/** A list's filters as `useListFilters` keeps them; `ListFilterBar` shows them. */
export interface ListFilters<Choice extends string> {
  /** The chosen status or role: null for all. */
  choice: Choice | null;
  setChoice: (value: Choice | null) => void;
  searchText: string;
  setSearchText: (text: string) => void;
  /** The search as sent to the API: null when empty. */
  search: string | null;
  clear: () => void;
  filtered: boolean;
}
