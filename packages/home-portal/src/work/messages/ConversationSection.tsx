import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { MESSAGE_LENGTH } from '@portico/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/graphqlErrors';
import { formatDateTime } from '../../app/dateTime';
import { ConversationDocument, MarkConversationReadDocument, PostMessageDocument, type ConversationRecordType } from '../../gql/graphql';
import { WorkSection } from '../WorkDetailLayout';

/**
 * The conversation with the client on a project, quote or request: the client's new messages marked,
 * and an answer for staff with the Edit right of the record's area (the API's `canPost`).
 */
export function ConversationSection({ recordType, recordId }: { recordType: ConversationRecordType; recordId: string }) {
  const { t } = useTranslation();
  const variables = { recordType, recordId };
  const { data, error, refetch } = useQuery(ConversationDocument, { variables, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkConversationReadDocument);
  const [post, { loading }] = useMutation(PostMessageDocument);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const firstReadUpTo = useRef<number | null>(null);
  const conversation = data?.conversation;
  if (conversation && firstReadUpTo.current === null) firstReadUpTo.current = Number(conversation.readUpTo);
  const unread = conversation?.unreadCount ?? 0;
  useEffect(() => {
    if (unread > 0) void markRead({ variables }).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per record and unread count
  }, [unread, recordType, recordId]);

  const send = async () => {
    setProblem(null);
    if (body.trim().length < MESSAGE_LENGTH.min) return setProblem(t('messages.empty'));
    try {
      await post({ variables: { ...variables, body: body.trim() } });
      setBody('');
      await refetch();
    } catch (failure) {
      setProblem(errorMessage(failure as Error, t));
    }
  };

  return (
    <WorkSection
      title={t('messages.title')}
      actions={conversation?.awaitingAnswer ? <Badge color="orange">{t('messages.awaitingAnswer')}</Badge> : undefined}
    >
      {!conversation ? (
        error ? (
          <Alert color="red">{errorMessage(error, t)}</Alert>
        ) : (
          <Loader size="sm" aria-label={t('messages.loading')} />
        )
      ) : (
        <Stack gap="sm">
          {conversation.messages.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('messages.none')}
            </Text>
          ) : (
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('messages.listLabel')}>
              {conversation.messages.map((message) => (
                <Paper
                  component="li"
                  key={message.id}
                  withBorder
                  p="sm"
                  bg={message.fromAgency ? undefined : 'var(--mantine-color-gray-0)'}
                >
                  <Group gap="xs" justify="space-between">
                    <Text size="sm" fw={600}>
                      {message.authorName}
                    </Text>
                    <Group gap="xs">
                      {!message.fromAgency && Number(message.id) > (firstReadUpTo.current ?? 0) && (
                        <Badge size="sm" color="orange" variant="light">
                          {t('messages.new')}
                        </Badge>
                      )}
                      <Text size="xs" c="dimmed">
                        {formatDateTime(message.createdAt)}
                      </Text>
                    </Group>
                  </Group>
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {message.body}
                  </Text>
                </Paper>
              ))}
            </Stack>
          )}
          {conversation.canPost && (
            <>
              <Textarea
                label={t('messages.answer')}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
                maxLength={MESSAGE_LENGTH.max}
                autosize
                minRows={2}
                error={problem}
              />
              <Group justify="flex-end">
                <Button onClick={() => void send()} loading={loading}>
                  {t('messages.send')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </WorkSection>
  );
}
