import type { ErrorLike } from '@apollo/client';
import { Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMoreFooter } from '../kit/LoadMoreFooter';
import { QueryStates } from '../kit/QueryStates';
import { ResponsiveTable, type ResponsiveColumn } from '../kit/ResponsiveTable';

/** One column of a log's table, and where it goes on the log's phone cards. */
export type LogColumn<Row> = ResponsiveColumn<Row>;

/** How many rows a log asks for: a page more with each "Show more", up to what the API returns at most. */
export interface LogPaging {
  first: number;
  max: number;
  showMore: () => void;
  /** Back to the first page, e.g. for a new filter. */
  reset: () => void;
}

export function useLogPaging(pageSize: number, max: number): LogPaging {
  const [first, setFirst] = useState(pageSize);
  return {
    first,
    max,
    showMore: () => setFirst((current) => Math.min(current + pageSize, max)),
    reset: () => setFirst(pageSize),
  };
}

interface LogPageProps<Row extends { id: string }> {
  /** Where the log's words are: title, intro, loading, loadFailed, empty, emptyFiltered, tableLabel, showMore, allShown, limitReached. */
  messages: 'auditLog' | 'signInAsPartnerLog';
  /** The part of Configuration the log belongs to, above its title. */
  section: string;
  filters?: ReactNode;
  filtered: boolean;
  /** The rows answering the filters as set now or, while their answer loads, the previous ones. */
  rows: readonly Row[] | undefined;
  /** Whether `rows` answer the filters as set now. */
  current: boolean;
  loading: boolean;
  error: ErrorLike | undefined;
  onRetry: () => void;
  columns: readonly LogColumn<Row>[];
  tableMinWidth: number;
  paging: LogPaging;
}

/** A log of recorded events, newest first: its filters, its table, "Show more", and its loading, error and empty states. */
export function LogPage<Row extends { id: string }>({
  messages,
  section,
  filters,
  filtered,
  rows,
  current,
  loading,
  error,
  onRetry,
  columns,
  tableMinWidth,
  paging,
}: LogPageProps<Row>) {
  const { t } = useTranslation();
  const count = rows?.length ?? 0;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {t('nav.configuration')} · {section}
        </Text>
        <Title order={2}>{t(`${messages}.title`)}</Title>
        <Text size="sm" c="dimmed">
          {t(`${messages}.intro`)}
        </Text>
      </Stack>
      {filters}
      <QueryStates
        // A new filter that failed says why, rather than showing the previous filter's rows.
        loaded={rows !== undefined && (current || !error)}
        error={error}
        empty={count === 0}
        filtered={filtered}
        // While a filter's or a longer page's answer is on its way, the previous rows stay under an overlay.
        refreshing={loading}
        texts={{
          loading: t(`${messages}.loading`),
          loadFailed: t(`${messages}.loadFailed`),
          empty: t(`${messages}.empty`),
          noMatch: t(`${messages}.emptyFiltered`),
        }}
        onRetry={onRetry}
        footer={
          <LoadMoreFooter
            paging={{
              hasMore: count >= paging.first && paging.first < paging.max,
              loadingMore: loading,
              moreError: null,
              loadMore: paging.showMore,
            }}
            count={count}
            texts={{
              loadMore: t(`${messages}.showMore`),
              allShown: count >= paging.max ? t(`${messages}.limitReached`, { count: paging.max }) : t(`${messages}.allShown`, { count }),
            }}
          />
        }
      >
        <ResponsiveTable
          label={t(`${messages}.tableLabel`)}
          rows={rows ?? []}
          rowKey={(row) => row.id}
          columns={columns}
          minWidth={tableMinWidth}
          fz="sm"
        />
      </QueryStates>
    </Stack>
  );
}
