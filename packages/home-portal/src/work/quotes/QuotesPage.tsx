import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLoadOlder } from '../../app/newestFirstList';
import { useHasRight } from '../../auth/useHasRight';
import type { QuoteStatus } from '../../gql/graphql';
import { QuotesDocument, type QuotesQueryVariables } from './quotes.generated';
import { LoadMoreFooter } from '../../kit/LoadMoreFooter';
import { isRefreshing, QueryStates } from '../../kit/QueryStates';
import { useWorkListParams, type WorkListParams } from '../useWorkListParams';
import { WorkClientFilter, WorkFilters, WorkStatusFilter } from '../WorkFilters';
import { workListPageSize } from '../WorkListStates';
import { quotePath } from '../workPaths';
import { isQuoteStatus, quoteStatuses } from '../workStatus';
import { NewQuoteDialog } from './NewQuoteDialog';
import { QuotesTable } from './QuotesTable';

/** The variables of the Quotes query for what the list shows. */
export function quotesQueryVariables(params: WorkListParams<QuoteStatus>): QuotesQueryVariables {
  return { first: workListPageSize, clientId: params.client?.id ?? null, status: params.status };
}

/** Quotes to every client (`/quotes`), newest first, filtered by status and client. */
export function QuotesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayCreate = useHasRight('QUOTES:CREATE');
  const [newOpened, newDialog] = useDisclosure(false);
  const [params, updateParams] = useWorkListParams({ isStatus: isQuoteStatus });
  const variables = quotesQueryVariables(params);
  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(QuotesDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const quotes = (data ?? previousData)?.quotes;
  const paging = useLoadOlder({
    items: quotes ?? [],
    pageSize: workListPageSize,
    listKey: JSON.stringify(variables),
    fetchOlder: async (before) => (await fetchMore({ variables: { before } })).data?.quotes.length ?? 0,
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2}>{t('quotes.title')}</Title>
        {mayCreate && (
          <Button leftSection={<IconPlus size={16} stroke={1.8} aria-hidden />} onClick={newDialog.open}>
            {t('quotes.new.open')}
          </Button>
        )}
      </Group>
      <WorkFilters label={t('quotes.filters')}>
        <WorkStatusFilter
          value={params.status}
          statuses={quoteStatuses}
          statusLabel={(status) => t(`quotes.status.${status}`)}
          isStatus={isQuoteStatus}
          onChange={(status) => updateParams({ status })}
        />
        <WorkClientFilter value={params.client} onChange={(client) => updateParams({ client })} />
      </WorkFilters>
      <QueryStates
        loaded={quotes !== undefined}
        error={error}
        empty={quotes?.length === 0}
        filtered={params.status !== null || params.client !== null}
        refreshing={isRefreshing(networkStatus)}
        texts={{ loading: t('quotes.loading'), loadFailed: t('quotes.loadFailed'), empty: t('quotes.empty'), noMatch: t('quotes.noMatch') }}
        onRetry={() => void refetch()}
        onClearFilters={() => updateParams({ status: null, client: null })}
        footer={<LoadMoreFooter paging={paging} count={quotes?.length ?? 0} />}
      >
        <QuotesTable quotes={quotes ?? []} />
      </QueryStates>
      {mayCreate && (
        <NewQuoteDialog
          opened={newOpened}
          onClose={newDialog.close}
          onCreated={(quote) => {
            newDialog.close();
            void navigate(quotePath(quote.id));
          }}
        />
      )}
    </Stack>
  );
}
