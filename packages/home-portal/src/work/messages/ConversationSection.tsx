import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, CloseButton, FileButton, Group, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { MESSAGE_LENGTH } from '@portico/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/graphqlErrors';
import { formatDateTime } from '../../app/dateTime';
import type { ConversationRecordType } from '../../gql/graphql';
import { ConversationDocument, MarkConversationReadDocument, PostMessageDocument } from './messages.generated';
import { useHasRight } from '../../auth/useHasRight';
import { uploadMessageFile, type UploadedFile } from '../projects/uploadProjectFile';
import { WorkSection } from '../WorkDetailLayout';

/**
 * The conversation with the client on a project, quote or request: the client's new messages marked,
 * and an answer for staff with the Edit right of the record's area (the API's `canPost`).
 */
export function ConversationSection({ recordType, recordId }: { recordType: ConversationRecordType; recordId: string }) {
  const { t } = useTranslation();
  const withFiles = useHasRight('FILES:BROWSE');
  const mayDownload = useHasRight('FILES:DISPLAY');
  const mayAttach = useHasRight('FILES:CREATE');
  const variables = { recordType, recordId };
  const { data, error, refetch } = useQuery(ConversationDocument, {
    variables: { ...variables, withFiles },
    fetchPolicy: 'cache-and-network',
  });
  const [attached, setAttached] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
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
      await post({ variables: { ...variables, body: body.trim(), fileIds: attached.map((file) => file.id) } });
      setBody('');
      setAttached([]);
      await refetch();
    } catch (failure) {
      setProblem(errorMessage(failure as Error, t));
    }
  };

  const attach = async (chosen: File[], clientId: string) => {
    setProblem(null);
    setUploading(true);
    try {
      for (const file of chosen) {
        const uploaded = await uploadMessageFile(clientId, file);
        setAttached((current) => [...current, uploaded]);
      }
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setUploading(false);
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
                  {message.attachments && message.attachments.length > 0 && (
                    <Stack component="ul" gap={2} mt={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('messages.attachments')}>
                      {message.attachments.map((file) => (
                        <Text component="li" size="sm" key={file.id} style={{ overflowWrap: 'anywhere' }}>
                          {mayDownload ? (
                            <Anchor href={file.downloadUrl} download={file.fileName}>
                              {file.fileName}
                            </Anchor>
                          ) : (
                            file.fileName
                          )}
                        </Text>
                      ))}
                    </Stack>
                  )}
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
              {attached.length > 0 && (
                <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('messages.attachmentsToSend')}>
                  {attached.map((file) => (
                    <Group component="li" key={file.id} gap={4} wrap="nowrap">
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {file.fileName}
                      </Text>
                      <CloseButton
                        size="sm"
                        aria-label={t('messages.removeAttachment', { fileName: file.fileName })}
                        onClick={() => setAttached((current) => current.filter((entry) => entry.id !== file.id))}
                      />
                    </Group>
                  ))}
                </Stack>
              )}
              <Group justify="space-between">
                {mayAttach ? (
                  <FileButton onChange={(files) => void attach(files, conversation.clientId)} multiple>
                    {(props) => (
                      <Button {...props} variant="default" leftSection={<IconPaperclip size={16} aria-hidden />} loading={uploading}>
                        {t('messages.attach')}
                      </Button>
                    )}
                  </FileButton>
                ) : (
                  <span />
                )}
                <Button onClick={() => void send()} loading={loading} disabled={uploading}>
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
