import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ClientSortField, ClientStatus, SortDirection } from '../gql/graphql';
import { isClientStatus } from './clientStatus';

export interface ClientListParams {
  search: string;
  status: ClientStatus | null;
  /** The effective client group (by status or chosen) to list the clients of. */
  groupId: string | null;
  sortBy: ClientSortField;
  sortDirection: SortDirection;
}

const sortFields = {
  USERNAME: true,
  NAME: true,
  STATUS: true,
  UPDATED_AT: true,
} as const satisfies Record<ClientSortField, true>;

const defaults = { sortBy: 'NAME', sortDirection: 'ASC' } as const satisfies Partial<ClientListParams>;

function isSortField(value: string | null): value is ClientSortField {
  return value !== null && Object.hasOwn(sortFields, value);
}

function isSortDirection(value: string | null): value is SortDirection {
  return value === 'ASC' || value === 'DESC';
}

/**
 * Search, status and group filters and sort order of the clients list live in the address
 * (`?search=…&status=ACTIVE&group=4&sort=NAME&direction=DESC`), so a view can be bookmarked, shared and
 * survives a reload. Unknown values fall back to the defaults.
 */
export function useClientListParams(): [ClientListParams, (change: Partial<ClientListParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();

  const params = useMemo<ClientListParams>(() => {
    const status = searchParams.get('status');
    const sortBy = searchParams.get('sort');
    const sortDirection = searchParams.get('direction');
    return {
      search: searchParams.get('search') ?? '',
      status: isClientStatus(status) ? status : null,
      groupId: searchParams.get('group') || null,
      sortBy: isSortField(sortBy) ? sortBy : defaults.sortBy,
      sortDirection: isSortDirection(sortDirection) ? sortDirection : defaults.sortDirection,
    };
  }, [searchParams]);

  const update = useCallback(
    (change: Partial<ClientListParams>) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const set = (key: string, value: string | null, defaultValue: string | null = null) => {
            if (value === null || value === '' || value === defaultValue) next.delete(key);
            else next.set(key, value);
          };
          if ('search' in change) set('search', change.search ?? null);
          if ('status' in change) set('status', change.status ?? null);
          if ('groupId' in change) set('group', change.groupId ?? null);
          if ('sortBy' in change) set('sort', change.sortBy ?? null, defaults.sortBy);
          if ('sortDirection' in change) set('direction', change.sortDirection ?? null, defaults.sortDirection);
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return [params, update];
}
