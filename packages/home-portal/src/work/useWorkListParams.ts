import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ClientOption } from '../clients/ClientSearchSelect';

export interface WorkListParams<Status extends string> {
  /** Null lists every status. */
  status: Status | null;
  client: ClientOption | null;
  search: string;
}

interface WorkListParamsOptions<Status extends string> {
  isStatus: (value: string | null) => value is Status;
  /** The status shown when the address names none (open requests); "every status" is then written as `status=ALL`. */
  defaultStatus?: Status;
}

/** How the address says "every status" where a list starts filtered. */
const ALL_STATUSES = 'ALL';

/**
 * Status, client and search of a work list live in the address
 * (`?status=IN_PROGRESS&client=10&clientLabel=ACME+·+Acme&search=manual`), so a view can be
 * bookmarked, shared, linked from a client's profile and survives a reload. The client's label
 * travels along because only clients can be searched, not looked up by id by everyone.
 */
export function useWorkListParams<Status extends string>({
  isStatus,
  defaultStatus,
}: WorkListParamsOptions<Status>): [WorkListParams<Status>, (change: Partial<WorkListParams<Status>>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();

  const params = useMemo<WorkListParams<Status>>(() => {
    const status = searchParams.get('status');
    const clientId = searchParams.get('client');
    let shownStatus: Status | null = defaultStatus ?? null;
    if (status === ALL_STATUSES) shownStatus = null;
    else if (isStatus(status)) shownStatus = status;
    return {
      status: shownStatus,
      client: clientId ? { id: clientId, label: searchParams.get('clientLabel') || clientId } : null,
      search: searchParams.get('search') ?? '',
    };
  }, [searchParams, isStatus, defaultStatus]);

  const update = useCallback(
    (change: Partial<WorkListParams<Status>>) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const set = (key: string, value: string | null) => {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          };
          if ('status' in change) {
            const status = change.status ?? null;
            if (status === null) set('status', defaultStatus ? ALL_STATUSES : null);
            else set('status', status === defaultStatus ? null : status);
          }
          if ('client' in change) {
            set('client', change.client?.id ?? null);
            set('clientLabel', change.client?.label ?? null);
          }
          if ('search' in change) set('search', change.search ?? null);
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams, defaultStatus],
  );

  return [params, update];
}
