import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Group, LoadingOverlay, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LazyDialog, preloadOnIntent } from '../app/LazyDialog';
import { lazyPage, usePreloadWhenIdle } from '../app/lazyPage';
import { useHasRight } from '../auth/useHasRight';
import type { ClientFilter } from '../gql/graphql';
import { ClientsDocument, type ClientsQueryVariables } from './clients.generated';
import { isRefreshing, LoadFailed, Loading } from '../kit/QueryStates';
import { ClientFilters } from './ClientFilters';
import { clientProfilePath } from './clientPaths';
import { ClientsTable } from './ClientsTable';
import { useClientListParams, type ClientListParams } from './useClientListParams';

/** The form and Mantine's modal machinery arrive after the list: when the browser is idle, or as the button is pointed at. */
const addClientDialog = lazyPage(() => import('./AddClientDialog'), 'AddClientDialog');

/** How many clients one page (and each "Load more") fetches. */
export const clientsPageSize = 25;

/** The variables of the Clients query for what the list shows; the filter only names what is set. */
export function clientsQueryVariables(params: ClientListParams): ClientsQueryVariables {
  const filter: ClientFilter = {};
  if (params.search.trim()) filter.search = params.search.trim();
  if (params.status) filter.status = params.status;
  if (params.groupId) filter.groupId = params.groupId;
  return {
    first: clientsPageSize,
    filter,
    sortBy: params.sortBy,
    sortDirection: params.sortDirection,
  };
}

export function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayCreate = useHasRight('CLIENTS:CREATE');
  const mayOpen = useHasRight('CLIENTS:DISPLAY');
  const [addOpened, addDialog] = useDisclosure(false);
  usePreloadWhenIdle(useMemo(() => (mayCreate ? [addClientDialog] : []), [mayCreate]));
  const [params, updateParams] = useClientListParams();
  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(ClientsDocument, {
    variables: clientsQueryVariables(params),
    notifyOnNetworkStatusChange: true,
  });

  // While a new search or sort order loads, keep showing the previous rows under an overlay.
  const connection = (data ?? previousData)?.clients;
  const refreshing = isRefreshing(networkStatus);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = params.search.trim() !== '' || params.status !== null || params.groupId !== null;

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (fetchError) {
      notifications.show({
        color: 'red',
        title: t('clients.loadMoreFailed'),
        message: fetchError instanceof Error ? fetchError.message : t('errors.unexpected'),
      });
    }
  };

  let content;
  if (error && !loadingMore) {
    content = <LoadFailed title={t('clients.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!connection) {
    content = <Loading text={t('clients.loading')} />;
  } else if (connection.nodes.length === 0) {
    content = (
      <Paper withBorder p="xl" pos="relative">
        <LoadingOverlay visible={refreshing} />
        <Stack align="center" gap="xs">
          <Title order={3} size="h4">
            {filtered ? t('clients.noMatchTitle') : t('clients.emptyTitle')}
          </Title>
          <Text c="dimmed" ta="center">
            {filtered ? t('clients.noMatchText') : t('clients.emptyText')}
          </Text>
          {filtered && (
            <Button variant="light" onClick={() => updateParams({ search: '', status: null, groupId: null })}>
              {t('clients.clearFilters')}
            </Button>
          )}
        </Stack>
      </Paper>
    );
  } else {
    content = (
      <Stack gap="sm">
        <Paper withBorder pos="relative">
          <LoadingOverlay visible={refreshing} />
          <ClientsTable
            clients={connection.nodes}
            sort={{ sortBy: params.sortBy, sortDirection: params.sortDirection }}
            onSortChange={updateParams}
            search={params.search}
          />
        </Paper>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('clients.shown', { shown: connection.nodes.length, count: connection.totalCount })}
          </Text>
          {connection.pageInfo.hasNextPage && (
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              {t('clients.loadMore')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2}>{t('clients.title')}</Title>
        {mayCreate && (
          <Button
            leftSection={<IconPlus size={16} stroke={1.8} aria-hidden />}
            onClick={addDialog.open}
            {...preloadOnIntent(addClientDialog)}
          >
            {t('addClient.open')}
          </Button>
        )}
      </Group>
      <ClientFilters
        search={params.search}
        status={params.status}
        groupId={params.groupId}
        onSearchChange={(search) => updateParams({ search })}
        onStatusChange={(status) => updateParams({ status })}
        onGroupChange={(groupId) => updateParams({ groupId })}
      />
      {content}
      {mayCreate && (
        <LazyDialog
          dialog={addClientDialog}
          props={{
            opened: addOpened,
            onClose: addDialog.close,
            onCreated: (client) => {
              addDialog.close();
              if (mayOpen) void navigate(clientProfilePath(client.id));
            },
          }}
        />
      )}
    </Stack>
  );
}
