import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { ConversationsAwaitingAnswerDocument, type ConversationRecordType } from '../../gql/graphql';
import { QueryStates } from '../../kit/QueryStates';
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
        <Table striped aria-label={t('messages.waitingTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('messages.columns.record')}</Table.Th>
              <Table.Th>{t('messages.columns.client')}</Table.Th>
              <Table.Th>{t('messages.columns.since')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.recordType}-${row.recordId}`}>
                <Table.Td>
                  <Anchor component={Link} to={`${pathOf[row.recordType](row.recordId)}`}>
                    {row.number} · {row.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.clientName}</Table.Td>
                <Table.Td>{formatDateTime(row.lastMessageAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryStates>
    </Stack>
  );
}
