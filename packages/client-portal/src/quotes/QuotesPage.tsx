import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Input, Paper, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { IconFilterOff, IconReportMoney } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MyQuotesDocument, type QuoteListFieldsFragment, type QuoteStatus } from '../gql/graphql';
import { useClientMay } from '../session/clientRights';
import { LanguagePair } from '../work/LanguagePair';
import { LoadMore, PAGE_SIZE } from '../work/LoadMore';
import { PageHeader } from '../work/PageHeader';
import { EmptyList, LoadError, LoadingState } from '../work/QueryStates';
import { QuoteStatusBadge } from '../work/StatusBadges';
import { TableScroll } from '../work/TableScroll';
import { useCompactLayout } from '../work/useCompactLayout';
import { useListFilters } from '../work/useListFilters';

export const quoteStatuses: readonly QuoteStatus[] = ['PENDING', 'ACCEPTED', 'REJECTED', 'EXPIRED'];

const ALL = 'ALL';

/** Quotes: the agency's quotes to the client, newest first, filtered by status. */
export function QuotesPage() {
  const { t } = useTranslation();
  const compact = useCompactLayout();
  const filters = useListFilters(quoteStatuses);
  const { data, previousData, error, refetch, fetchMore } = useQuery(MyQuotesDocument, {
    variables: { status: filters.choice, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const quotes = (data ?? previousData)?.myQuotes;
  const statusOptions = [
    { value: ALL, label: t('quotes.allStatuses') },
    ...quoteStatuses.map((status) => ({ value: status, label: t(`quoteStatus.${status}`) })),
  ];
  const chooseStatus = (value: string | null) => filters.setChoice(quoteStatuses.find((status) => status === value) ?? null);

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
      {compact ? (
        <Select
          label={t('quotes.statusFilter')}
          data={statusOptions}
          value={filters.choice ?? ALL}
          onChange={chooseStatus}
          allowDeselect={false}
        />
      ) : (
        <Input.Wrapper id="quote-status-filter" label={t('quotes.statusFilter')} labelElement="div">
          <div>
            <SegmentedControl
              role="radiogroup"
              aria-labelledby="quote-status-filter-label"
              data={statusOptions}
              value={filters.choice ?? ALL}
              onChange={chooseStatus}
              mt={4}
            />
          </div>
        </Input.Wrapper>
      )}

      {!quotes ? (
        error ? (
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingState />
        )
      ) : quotes.length === 0 ? (
        filters.choice ? (
          <EmptyList
            icon={<IconFilterOff size={28} aria-hidden />}
            title={t('quotes.noMatchTitle', { status: t(`quoteStatus.${filters.choice}`) })}
          >
            <Button variant="default" onClick={filters.clear}>
              {t('quotes.showAll')}
            </Button>
          </EmptyList>
        ) : (
          <EmptyList icon={<IconReportMoney size={28} aria-hidden />} title={t('quotes.emptyTitle')} text={t('quotes.emptyText')} />
        )
      ) : (
        <>
          {error && <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />}
          <QuoteList quotes={quotes} compact={compact} />
          <LoadMore key={`more:${filters.choice ?? ''}`} loaded={quotes.length} onLoadMore={loadMore} />
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
              <Text size="sm">{t('quotes.validUntilDate', { date: formatter.date(quote.validUntil) })}</Text>
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
    <TableScroll minWidth={760} label={t('quotes.title')}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('quotes.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('quotes.columns.number')}</Table.Th>
            <Table.Th scope="col">{t('quotes.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('quotes.columns.languages')}</Table.Th>
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
