import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import type { ConversationRecordType } from '../../gql/graphql';
import { ConversationsAwaitingAnswerDocument } from './messages.generated';
import { QueryStates } from '../../kit/QueryStates';
import { ResponsiveTable } from '../../kit/ResponsiveTable';
import { projectPath, quotePath, requestPath } from '../workPaths';

const pathOf: Record<ConversationRecordType, (id: string) => string> = { PROJECT: projectPath, QUOTE: quotePath, REQUEST: requestPath };

/** Conversations whose newest message is the client's (`/messages`), longest waiting first. */
export function MessagesWaitingPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ConversationsAwaitingAnswerDocument, { fetchPolicy: 'cache-and-network' });
  const rows = data?.conversationsAwaitingAnswer ?? [];
  return (
    <Stack gap="md">
      <Title order={2}>{t('messages.waitingTitle')}</Title>
      <QueryStates
        loaded={data !== undefined}
        error={error}
        empty={rows.length === 0}
        texts={{ loading: t('messages.loading'), loadFailed: t('errors.unexpected'), empty: t('messages.waitingEmpty') }}
        onRetry={() => void refetch().catch(() => undefined)}
      >
        <ResponsiveTable
          label={t('messages.waitingTitle')}
          rows={rows}
          rowKey={(row) => `${row.recordType}-${row.recordId}`}
          minWidth={560}
          columns={[
            {
              header: t('messages.columns.record'),
              card: 'title',
              cell: (row) => (
                <Anchor component={Link} to={pathOf[row.recordType](row.recordId)} size="sm" fw={500}>
                  {row.number} · {row.name}
                </Anchor>
              ),
            },
            { header: t('messages.columns.client'), card: 'subtitle', cell: (row) => row.clientName },
            { header: t('messages.columns.since'), cell: (row) => formatDateTime(row.lastMessageAt) },
          ]}
        />
      </QueryStates>
    </Stack>
  );
}
