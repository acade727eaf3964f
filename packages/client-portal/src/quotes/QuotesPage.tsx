import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconReportMoney } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MyQuotesDocument, type QuoteListFieldsFragment, type QuoteStatus } from '../gql/graphql';
import { useClientMay } from '../session/clientRights';
import { LanguagePair } from '../work/LanguagePair';
import { ListFilterBar, NoMatches } from '../work/ListFilterBar';
import { LoadMore, PAGE_SIZE } from '../work/LoadMore';
import { PageHeader } from '../work/PageHeader';
import { EmptyList, LoadError, LoadingState } from '../work/QueryStates';
import { QuoteStatusBadge } from '../work/StatusBadges';
import { TableScroll } from '../work/TableScroll';
import { useCompactLayout } from '../work/useCompactLayout';
import { useListFilters } from '../work/useListFilters';

export const quoteStatuses: readonly QuoteStatus[] = ['PENDING', 'ACCEPTED', 'REJECTED', 'EXPIRED'];

/** Quotes: the agency's quotes to the client, newest first, filtered by status and searched by name or number. */
export function QuotesPage() {
  const { t } = useTranslation();
  const compact = useCompactLayout();
  const filters = useListFilters(quoteStatuses);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MyQuotesDocument, {
    variables: { status: filters.choice, search: filters.search, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const quotes = (data ?? previousData)?.myQuotes;

  const loadMore = async () => {
    const last = quotes?.at(-1);
    if (!last) return 0;
    const result = await fetchMore({
      variables: { before: last.id },
      updateQuery: (previous, { fetchMoreResult }) => ({ myQuotes: [...previous.myQuotes, ...fetchMoreResult.myQuotes] }),
    });
    return result.data?.myQuotes.length ?? 0;
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('quotes.title')} />
      <ListFilterBar
        filters={filters}
        choices={quoteStatuses}
        choiceLabel={(status) => t(`quoteStatus.${status}`)}
        labels={{
          status: t('quotes.statusFilter'),
          allStatuses: t('quotes.allStatuses'),
          search: t('quotes.search'),
          searchPlaceholder: t('quotes.searchPlaceholder'),
        }}
        searching={loading && quotes !== undefined}
      />

      {!quotes ? (
        error ? (
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingState />
        )
      ) : quotes.length === 0 ? (
        filters.filtered ? (
          <NoMatches title={t('quotes.noMatchTitle')} text={t('quotes.noMatchText')} onClear={filters.clear} />
        ) : (
          <EmptyList icon={<IconReportMoney size={28} aria-hidden />} title={t('quotes.emptyTitle')} text={t('quotes.emptyText')} />
        )
      ) : (
        <>
          {error && <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />}
          <QuoteList quotes={quotes} compact={compact} />
          <LoadMore key={`more:${filters.choice ?? ''}:${filters.search ?? ''}`} loaded={quotes.length} onLoadMore={loadMore} />
        </>
      )}
    </Stack>
  );
}

function QuoteList({ quotes, compact }: { quotes: readonly QuoteListFieldsFragment[]; compact: boolean }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const mayOpen = useClientMay('QUOTES', 'DISPLAY');

  const numberCell = (quote: QuoteListFieldsFragment) =>
    mayOpen ? (
      <Anchor component={Link} to={`/quotes/${quote.id}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
        {quote.number}
      </Anchor>
    ) : (
      <Text fw={600} span style={{ whiteSpace: 'nowrap' }}>
        {quote.number}
      </Text>
    );

  if (compact) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('quotes.title')}>
        {quotes.map((quote) => (
          <Paper component="li" key={quote.id} withBorder p="sm">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              {numberCell(quote)}
              <QuoteStatusBadge status={quote.status} />
            </Group>
            <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
              {quote.name}
            </Text>
            <LanguagePair size="sm" c="dimmed" sourceLanguage={quote.sourceLanguage} targetLanguages={quote.targetLanguages} />
            <Group justify="space-between" gap="xs" mt={4}>
              <Text size="sm">
                {t('quotes.sentOnDate', { date: formatter.date(quote.sentAt) })} ·{' '}
                {t('quotes.validUntilDate', { date: formatter.date(quote.validUntil) })}
              </Text>
              <Text size="sm" fw={600}>
                {formatter.money(quote.total)}
              </Text>
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <TableScroll minWidth={840} label={t('quotes.title')}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('quotes.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('quotes.columns.number')}</Table.Th>
            <Table.Th scope="col">{t('quotes.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('quotes.columns.languages')}</Table.Th>
            <Table.Th scope="col">{t('quotes.columns.sentOn')}</Table.Th>
            <Table.Th scope="col">{t('quotes.columns.validUntil')}</Table.Th>
            <Table.Th scope="col">{t('quotes.columns.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quotes.columns.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quotes.map((quote) => (
            <Table.Tr key={quote.id}>
              <Table.Td>{numberCell(quote)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{quote.name}</Table.Td>
              <Table.Td>
                <LanguagePair size="sm" sourceLanguage={quote.sourceLanguage} targetLanguages={quote.targetLanguages} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatter.date(quote.sentAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatter.date(quote.validUntil)}</Table.Td>
              <Table.Td>
                <QuoteStatusBadge status={quote.status} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatter.money(quote.total)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
