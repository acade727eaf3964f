import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { MESSAGE_ATTACHMENTS_MAX, MESSAGE_LENGTH } from '@portico/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MarkMyConversationReadDocument, MyConversationDocument, PostMyMessageDocument, type ConversationRecordType } from '../gql/graphql';
import { RequestFilesInput, type RequestFile } from '../requests/RequestFilesInput';
import { useChangeBlock, useClientMay } from '../session/clientRights';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { useClientViewer } from '../session/sessionContext';
import { mutationFailure } from '../work/mutationErrors';
import { LoadError, LoadingState } from '../work/QueryStates';
import { SectionCard } from '../work/SectionCard';

interface ConversationSectionProps {
  recordType: ConversationRecordType;
  recordId: string;
}

/**
 * The conversation with the agency on a project, quote or request: messages oldest first, the
 * agency's new ones marked, and a plain-text answer for clients with Messages Add. Opening it marks
 * the conversation read (not in a staff member's session as the client).
 */
export function ConversationSection({ recordType, recordId }: ConversationSectionProps) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const viewer = useClientViewer();
  const block = useChangeBlock('MESSAGES', 'ADD');
  const withFiles = useClientMay('FILES', 'BROWSE');
  const mayDownload = useClientMay('FILES', 'DISPLAY');
  const mayAttach = useChangeBlock('FILES', 'ADD') === null;
  const variables = { recordType, recordId };
  const { data, error, refetch } = useQuery(MyConversationDocument, {
    variables: { ...variables, withFiles },
    fetchPolicy: 'cache-and-network',
  });
  const [files, setFiles] = useState<RequestFile[]>([]);
  const uploading = files.some((file) => file.state === 'UPLOADING');
  const [markRead] = useMutation(MarkMyConversationReadDocument);
  const [post, { loading: posting }] = useMutation(PostMyMessageDocument);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The marker as the page opened: what was new stays marked while the client reads it.
  const firstReadUpTo = useRef<number | null>(null);
  const conversation = data?.myConversation;
  if (conversation && firstReadUpTo.current === null) firstReadUpTo.current = Number(conversation.readUpTo);

  const unread = conversation?.unreadCount ?? 0;
  const mayMark = !viewer?.impersonation;
  useEffect(() => {
    if (unread > 0 && mayMark) void markRead({ variables }).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per record and unread count
  }, [unread, mayMark, recordType, recordId]);

  const send = async () => {
    setProblem(null);
    const text = body.trim();
    if (text.length < MESSAGE_LENGTH.min) return setProblem(t('messages.empty'));
    try {
      const fileIds = files.flatMap((file) => (file.state === 'UPLOADED' && file.uploaded ? [file.uploaded.id] : []));
      await post({ variables: { ...variables, body: text, fileIds, withFiles } });
      setBody('');
      setFiles([]);
      await refetch();
    } catch (failure) {
      setProblem(
        mutationFailure(failure, t, {
          reasonMessages: {
            MESSAGE_EMPTY: t('messages.empty'),
            MESSAGE_TOO_LONG: t('messages.tooLong', { max: MESSAGE_LENGTH.max }),
            ATTACHMENT_NOT_AVAILABLE: t('messages.attachmentGone'),
            TOO_MANY_ATTACHMENTS: t('messages.tooManyAttachments', { max: MESSAGE_ATTACHMENTS_MAX }),
          },
        }),
      );
    }
  };

  const title = unread > 0 ? t('messages.titleWithNew', { count: unread }) : t('messages.title');
  return (
    <div id="messages">
      <SectionCard id="conversation-title" title={title}>
        {!conversation ? (
          error ? (
            <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
          ) : (
            <LoadingState />
          )
        ) : (
          <Stack gap="sm">
            {conversation.messages.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('messages.none')}
              </Text>
            ) : (
              <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('messages.listLabel')}>
                {conversation.messages.map((message) => {
                  const isNew = message.fromAgency && Number(message.id) > (firstReadUpTo.current ?? 0);
                  return (
                    <Paper
                      component="li"
                      key={message.id}
                      withBorder
                      p="sm"
                      bg={message.fromAgency ? 'var(--mantine-color-gray-0)' : undefined}
                      ml={message.fromAgency ? 0 : 'xl'}
                      mr={message.fromAgency ? 'xl' : 0}
                    >
                      <Group gap="xs" justify="space-between" wrap="wrap">
                        <Text size="sm" fw={600}>
                          {message.authorName}
                        </Text>
                        <Group gap="xs">
                          {isNew && (
                            <Badge size="sm" color="orange" variant="light">
                              {t('messages.new')}
                            </Badge>
                          )}
                          <Text size="xs" c="dimmed">
                            {formatter.dateTime(message.createdAt)}
                          </Text>
                        </Group>
                      </Group>
                      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                        {message.body}
                      </Text>
                      {message.attachments && message.attachments.length > 0 && (
                        <Stack
                          component="ul"
                          gap={2}
                          mt={6}
                          p={0}
                          m={0}
                          style={{ listStyle: 'none' }}
                          aria-label={t('messages.attachments')}
                        >
                          {message.attachments.map((file) => (
                            <Text component="li" size="sm" key={file.id} style={{ overflowWrap: 'anywhere' }}>
                              {mayDownload ? (
                                <Anchor
                                  href={file.downloadUrl}
                                  download={file.fileName}
                                  aria-label={t('files.download', { fileName: file.fileName })}
                                >
                                  {file.fileName}
                                </Anchor>
                              ) : (
                                file.fileName
                              )}{' '}
                              <Text component="span" size="xs" c="dimmed">
                                {formatter.fileSize(file.sizeBytes)}
                              </Text>
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Paper>
                  );
                })}
              </Stack>
            )}
            {block?.kind !== 'NO_RIGHT' && (
              <Stack gap="xs">
                {block?.kind === 'READ_ONLY_SESSION' && <ReadOnlyNotice id="messages-read-only" staffName={block.staffName} />}
                <Textarea
                  label={t('messages.yourMessage')}
                  value={body}
                  onChange={(event) => setBody(event.currentTarget.value)}
                  maxLength={MESSAGE_LENGTH.max}
                  autosize
                  minRows={2}
                  maxRows={8}
                  disabled={block !== null}
                  error={problem}
                  aria-describedby={block ? 'messages-read-only' : undefined}
                />
                {mayAttach && block === null && (
                  <RequestFilesInput
                    id="message-files"
                    label={t('messages.attachments')}
                    description={t('messages.attachmentsHint', { max: MESSAGE_ATTACHMENTS_MAX })}
                    files={files}
                    onChange={setFiles}
                    disabled={posting}
                  />
                )}
                <Group justify="flex-end">
                  <Button onClick={() => void send()} loading={posting} disabled={block !== null || !conversation.canPost || uploading}>
                    {t('messages.send')}
                  </Button>
                </Group>
              </Stack>
            )}
            {problem && block?.kind === 'NO_RIGHT' && <Alert color="red">{problem}</Alert>}
          </Stack>
        )}
      </SectionCard>
    </div>
  );
}
