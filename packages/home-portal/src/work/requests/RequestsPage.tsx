import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoadOlder } from '../../app/newestFirstList';
import type { RequestStatus } from '../../gql/graphql';
import { ClientRequestsDocument, type ClientRequestsQueryVariables } from './requests.generated';
import { LoadMoreFooter } from '../../kit/LoadMoreFooter';
import { isRefreshing, QueryStates } from '../../kit/QueryStates';
import { useWorkListParams, type WorkListParams } from '../useWorkListParams';
import { WorkClientFilter, WorkFilters, WorkStatusFilter } from '../WorkFilters';
import { workListPageSize } from '../WorkListStates';
import { isRequestStatus, requestStatuses } from '../workStatus';
import { RequestsTable } from './RequestsTable';

/** The list opens on the requests still waiting for an answer. */
export const defaultRequestStatus: RequestStatus = 'SUBMITTED';

/** The variables of the ClientRequests query for what the list shows. */
export function requestsQueryVariables(params: WorkListParams<RequestStatus>): ClientRequestsQueryVariables {
  return { first: workListPageSize, clientId: params.client?.id ?? null, status: params.status };
}

/** Clients' requests for quotes and projects (`/requests`), newest first; open ones unless another status is chosen. */
export function RequestsPage() {
  const { t } = useTranslation();
  const [params, updateParams] = useWorkListParams({ isStatus: isRequestStatus, defaultStatus: defaultRequestStatus });
  const variables = requestsQueryVariables(params);
  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(ClientRequestsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const requests = (data ?? previousData)?.clientRequests;
  const paging = useLoadOlder({
    items: requests ?? [],
    pageSize: workListPageSize,
    listKey: JSON.stringify(variables),
    fetchOlder: async (before) => (await fetchMore({ variables: { before } })).data?.clientRequests.length ?? 0,
  });
  const onlyOpen = params.status === defaultRequestStatus && params.client === null;

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>{t('requests.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('requests.intro')}
        </Text>
      </Stack>
      <WorkFilters label={t('requests.filters')}>
        <WorkStatusFilter
          value={params.status}
          statuses={requestStatuses}
          statusLabel={(status) => t(`requests.status.${status}`)}
          isStatus={isRequestStatus}
          onChange={(status) => updateParams({ status })}
        />
        <WorkClientFilter value={params.client} onChange={(client) => updateParams({ client })} />
      </WorkFilters>
      <QueryStates
        loaded={requests !== undefined}
        error={error}
        empty={requests?.length === 0}
        // Only the default view (open requests of every client) is "nothing to do", not "nothing matches".
        filtered={!onlyOpen}
        refreshing={isRefreshing(networkStatus)}
        texts={{
          loading: t('requests.loading'),
          loadFailed: t('requests.loadFailed'),
          empty: t('requests.noneOpen'),
          noMatch: t('requests.noMatch'),
        }}
        onRetry={() => void refetch()}
        onClearFilters={() => updateParams({ status: defaultRequestStatus, client: null })}
        footer={<LoadMoreFooter paging={paging} count={requests?.length ?? 0} />}
      >
        <RequestsTable requests={requests ?? []} />
      </QueryStates>
    </Stack>
  );
}
