import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's status filter and search text, kept in the address (`?status=…&search=…`) so they survive
 * a reload and the back button. The search is sent once the client pauses typing.
 */
export function useListFilters<Status extends string>(statuses: readonly Status[]) {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = statuses.find((candidate) => candidate === rawStatus) ?? null;
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

  const setStatus = (value: Status | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('status', value);
        else next.delete('status');
        return next;
      },
      { replace: true },
    );

  return {
    status,
    setStatus,
    searchText,
    setSearchText,
    /** The search as sent to the API: null when empty. */
    search: debouncedSearch || null,
    clear: () => {
      setSearchText('');
      setStatus(null);
    },
    filtered: status !== null || debouncedSearch !== '',
  };
}
