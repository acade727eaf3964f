import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconInbox, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MyRequestsDocument, type RequestListFieldsFragment, type RequestStatus } from '../gql/graphql';
import { useClientMay, useNewRequestBlock } from '../session/clientRights';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { LanguagePair } from '../work/LanguagePair';
import { ListFilterBar, NoMatches } from '../work/ListFilterBar';
import { LoadMore, PAGE_SIZE } from '../work/LoadMore';
import { PageHeader } from '../work/PageHeader';
import { EmptyList, LoadError, LoadingState } from '../work/QueryStates';
import { RequestStatusBadge } from '../work/StatusBadges';
import { TableScroll } from '../work/TableScroll';
import { useCompactLayout } from '../work/useCompactLayout';
import { useListFilters } from '../work/useListFilters';

export const requestStatuses: readonly RequestStatus[] = ['SUBMITTED', 'QUOTED', 'CONVERTED_TO_PROJECT', 'DECLINED', 'WITHDRAWN'];

/**
 * Requests: what the client asked the agency for, newest first, filtered by status and searched by
 * name or number, and "New request" (Requests Add).
 */
export function RequestsPage() {
  const { t } = useTranslation();
  const block = useNewRequestBlock();
  const filters = useListFilters(requestStatuses);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MyRequestsDocument, {
    variables: { status: filters.choice, search: filters.search, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const requests = (data ?? previousData)?.myRequests;
  const readOnly = block?.kind === 'READ_ONLY_SESSION';

  const newRequestButton: ReactNode =
    block?.kind === 'NO_RIGHT' ? null : readOnly ? (
      <Button leftSection={<IconPlus size={18} aria-hidden />} disabled aria-describedby="requests-read-only">
        {t('requests.newRequest')}
      </Button>
    ) : (
      <Button component={Link} to="/requests/new" leftSection={<IconPlus size={18} aria-hidden />}>
        {t('requests.newRequest')}
      </Button>
    );

  const loadMore = async () => {
    const last = requests?.at(-1);
    if (!last) return 0;
    const result = await fetchMore({
      variables: { before: last.id },
      updateQuery: (previous, { fetchMoreResult }) => ({ myRequests: [...previous.myRequests, ...fetchMoreResult.myRequests] }),
    });
    return result.data?.myRequests.length ?? 0;
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('requests.title')} actions={newRequestButton} />
      {block?.kind === 'READ_ONLY_SESSION' && <ReadOnlyNotice id="requests-read-only" staffName={block.staffName} />}
      <ListFilterBar
        filters={filters}
        choices={requestStatuses}
        choiceLabel={(status) => t(`requestStatus.${status}`)}
        labels={{
          status: t('requests.statusFilter'),
          allStatuses: t('requests.allStatuses'),
          search: t('requests.search'),
          searchPlaceholder: t('requests.searchPlaceholder'),
        }}
        searching={loading && requests !== undefined}
      />
      {!requests ? (
        error ? (
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingState />
        )
      ) : requests.length === 0 ? (
        filters.filtered ? (
          <NoMatches title={t('requests.noMatchTitle')} text={t('requests.noMatchText')} onClear={filters.clear} />
        ) : (
          <EmptyList icon={<IconInbox size={28} aria-hidden />} title={t('requests.emptyTitle')} text={t('requests.emptyText')} />
        )
      ) : (
        <>
          {error && <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />}
          <RequestList requests={requests} />
          <LoadMore key={`more:${filters.choice ?? ''}:${filters.search ?? ''}`} loaded={requests.length} onLoadMore={loadMore} />
        </>
      )}
    </Stack>
  );
}

function RequestList({ requests }: { requests: readonly RequestListFieldsFragment[] }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const compact = useCompactLayout();
  const mayOpen = useClientMay('REQUESTS', 'DISPLAY');

  const numberCell = (request: RequestListFieldsFragment) =>
    mayOpen ? (
      <Anchor component={Link} to={`/requests/${request.id}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
        {request.number}
      </Anchor>
    ) : (
      <Text fw={600} span style={{ whiteSpace: 'nowrap' }}>
        {request.number}
      </Text>
    );

  if (compact) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('requests.title')}>
        {requests.map((request) => (
          <Paper component="li" key={request.id} withBorder p="sm">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              {numberCell(request)}
              <RequestStatusBadge status={request.status} />
            </Group>
            <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
              {request.name}
            </Text>
            <Text size="sm">{t(`requestKind.${request.kind}`)}</Text>
            <LanguagePair size="sm" c="dimmed" sourceLanguage={request.sourceLanguage} targetLanguages={request.targetLanguages} />
            <Text size="sm" mt={4}>
              {t('requests.submittedOn', { date: formatter.date(request.submittedAt) })} ·{' '}
              {t('requests.deadlineOn', { date: formatter.dateTime(request.deadline) })}
            </Text>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <TableScroll minWidth={820} label={t('requests.title')}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('requests.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('requests.columns.number')}</Table.Th>
            <Table.Th scope="col">{t('requests.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('requests.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('requests.columns.languages')}</Table.Th>
            <Table.Th scope="col">{t('requests.columns.submittedOn')}</Table.Th>
            <Table.Th scope="col">{t('requests.columns.deadline')}</Table.Th>
            <Table.Th scope="col">{t('requests.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Td>{numberCell(request)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{request.name}</Table.Td>
              <Table.Td>{t(`requestKind.${request.kind}`)}</Table.Td>
              <Table.Td>
                <LanguagePair size="sm" sourceLanguage={request.sourceLanguage} targetLanguages={request.targetLanguages} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatter.date(request.submittedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatter.dateTime(request.deadline)}</Table.Td>
              <Table.Td>
                <RequestStatusBadge status={request.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
