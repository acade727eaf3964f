import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../app/dateTime';
import { useLoadOlder } from '../app/newestFirstList';
import { OutboxLettersDocument } from './outbox.generated';
import { LoadMoreFooter } from '../kit/LoadMoreFooter';
import { QueryStates } from '../kit/QueryStates';
import { ResponsiveTable } from '../kit/ResponsiveTable';
import { LetterDialog } from './LetterDialog';
import { LetterStatusBadge } from './LetterStatusBadge';
import { outboxPath } from './outboxPaths';

/** Letters per page of the Outbox. */
export const OUTBOX_PAGE_SIZE = 25;

/**
 * The Outbox (`/outbox`, one letter at `/outbox/:letterId`): every letter written to clients,
 * newest first, with its delivery result. Without a mail server letters are only kept here.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { letterId } = useParams();
  const { data, error, loading, refetch, fetchMore } = useQuery(OutboxLettersDocument, {
    variables: { first: OUTBOX_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const letters = data?.outboxLetters ?? [];
  const paging = useLoadOlder({
    items: letters,
    pageSize: OUTBOX_PAGE_SIZE,
    listKey: 'all',
    fetchOlder: async (before) => (await fetchMore({ variables: { before } })).data?.outboxLetters.length ?? 0,
  });

  const reload = async () => {
    paging.startOver();
    await refetch({ first: OUTBOX_PAGE_SIZE, before: null });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('outbox.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('outbox.intro')}
          </Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          loading={loading && !paging.loadingMore && data !== undefined}
          onClick={() => void reload()}
        >
          {t('outbox.refresh')}
        </Button>
      </Group>
      {data && !data.mailDeliveryConfigured && (
        <Alert color="blue" title={t('outbox.noMailServerTitle')}>
          {t('outbox.noMailServerText')}
        </Alert>
      )}
      <QueryStates
        loaded={data !== undefined}
        error={error}
        empty={letters.length === 0}
        texts={{ loading: t('outbox.loading'), loadFailed: t('outbox.loadFailed'), empty: t('outbox.empty') }}
        onRetry={() => void refetch()}
        footer={
          <LoadMoreFooter
            paging={paging}
            count={letters.length}
            texts={{ loadMoreFailed: t('outbox.loadMoreFailed'), allShown: t('outbox.allShown', { count: letters.length }) }}
          />
        }
      >
        <ResponsiveTable
          label={t('outbox.tableLabel')}
          rows={letters}
          rowKey={(letter) => letter.id}
          minWidth={860}
          columns={[
            {
              header: t('outbox.time'),
              card: 'subtitle',
              cellStyle: { whiteSpace: 'nowrap' },
              cell: (letter) => formatDateTime(letter.createdAt),
            },
            { header: t('outbox.recipient'), cellStyle: { overflowWrap: 'anywhere' }, cell: (letter) => letter.recipient },
            {
              header: t('outbox.subject'),
              card: 'title',
              cell: (letter) => (
                <Anchor component={Link} to={outboxPath(letter.id)} size="sm" fw={500}>
                  {letter.subject}
                </Anchor>
              ),
            },
            { header: t('outbox.kind'), cell: (letter) => t(`outbox.kinds.${letter.kind}`) },
            { header: t('outbox.status'), card: 'badge', cell: (letter) => <LetterStatusBadge status={letter.status} /> },
            {
              header: t('outbox.error'),
              cell: (letter) =>
                letter.error ? (
                  <Text size="sm" c="red" lineClamp={2} title={letter.error} span>
                    {letter.error}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed" span>
                    {t('outbox.noError')}
                  </Text>
                ),
            },
          ]}
        />
      </QueryStates>
      <LetterDialog letterId={letterId ?? null} onClose={() => void navigate(outboxPath())} />
    </Stack>
  );
}
