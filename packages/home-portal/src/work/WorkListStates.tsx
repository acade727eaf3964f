import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Group, LoadingOverlay, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/graphqlErrors';
import type { LoadOlder } from '../app/newestFirstList';
import { WorkLoading } from './WorkLoading';

/** How many rows one page of a work list (and each "Load more") fetches. */
export const workListPageSize = 25;

interface WorkListStatesProps {
  /** Whether rows (the current ones or the previous filter's) are there to show. */
  loaded: boolean;
  error: ErrorLike | undefined;
  empty: boolean;
  /** A filter is set: an empty list offers to clear it. */
  filtered: boolean;
  /** A new filter's rows are on their way; the previous ones stay under an overlay. */
  refreshing?: boolean;
  texts: { loading: string; loadFailed: string; empty: string; noMatch: string };
  onRetry: () => void;
  onClearFilters: () => void;
  /** The list itself, when it has rows. */
  children: ReactNode;
}

/** What a work list shows while loading, when it failed, when it is empty, and otherwise its rows. */
export function WorkListStates({
  loaded,
  error,
  empty,
  filtered,
  refreshing = false,
  texts,
  onRetry,
  onClearFilters,
  children,
}: WorkListStatesProps) {
  const { t } = useTranslation();
  if (error && !loaded) {
    return (
      <Alert color="red" title={texts.loadFailed}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(error, t)}</Text>
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('errors.tryAgain')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (!loaded) {
    return <WorkLoading text={texts.loading} />;
  }
  if (empty) {
    return (
      <Paper withBorder p="xl" pos="relative">
        <LoadingOverlay visible={refreshing} />
        <Stack align="center" gap="xs">
          <Title order={3} size="h4" ta="center">
            {filtered ? texts.noMatch : texts.empty}
          </Title>
          {filtered && (
            <Button variant="light" onClick={onClearFilters}>
              {t('work.filters.clear')}
            </Button>
          )}
        </Stack>
      </Paper>
    );
  }
  return (
    <Paper withBorder pos="relative">
      <LoadingOverlay visible={refreshing} />
      {children}
    </Paper>
  );
}

/** Below a work list: "Load more" while older rows may exist, how many are shown, and why more failed. */
export function LoadOlderFooter({ paging, count }: { paging: LoadOlder; count: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {paging.moreError && (
        <Alert color="red" title={t('work.list.loadMoreFailed')}>
          {paging.moreError}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {paging.hasMore ? t('work.list.shown', { count }) : t('work.list.allShown', { count })}
        </Text>
        {paging.hasMore && (
          <Button variant="default" loading={paging.loadingMore} onClick={() => void paging.loadMore()}>
            {t('work.list.loadMore')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
