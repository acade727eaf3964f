import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoadOlder } from '../app/newestFirstList';

interface LoadMoreFooterProps {
  /** A newest-first list's `useLoadOlder`, or any paging with the same shape. */
  paging: Pick<LoadOlder, 'hasMore' | 'loadingMore' | 'moreError'> & { loadMore: () => void | Promise<void> };
  /** How many rows are shown. */
  count: number;
  /** A list's own words, where it has them. */
  texts?: { loadMore?: string; loadMoreFailed?: string; allShown?: string };
}

/** Below a list: "Load more" while more rows may exist, how many are shown, and why more failed. */
export function LoadMoreFooter({ paging, count, texts = {} }: LoadMoreFooterProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {paging.moreError && (
        <Alert color="red" title={texts.loadMoreFailed ?? t('list.loadMoreFailed')}>
          {paging.moreError}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {paging.hasMore ? t('list.shown', { count }) : (texts.allShown ?? t('list.allShown', { count }))}
        </Text>
        {paging.hasMore && (
          <Button variant="default" loading={paging.loadingMore} onClick={() => void paging.loadMore()}>
            {texts.loadMore ?? t('list.loadMore')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
