import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Button, Group, ScrollArea, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { MAX_PAGE_SIZE } from '@portico/domain';
import { IconBellOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientFormatter } from '../formatting/useClientFormatter';
import {
  MarkAllMyNotificationsReadDocument,
  MarkMyNotificationReadDocument,
  MyNotificationsDocument,
  type MyNotificationsQuery,
} from '../gql/graphql';
import { EmptyList, LoadError, LoadingState } from '../work/QueryStates';

type Notice = MyNotificationsQuery['myNotifications'][number];

const PAGE = 10;

const RECORD_PATH: Record<Notice['recordType'], string> = { PROJECT: 'projects', QUOTE: 'quotes', REQUEST: 'requests' };

/** Where a notice leads: its record, and for a message the conversation on it. */
export function noticeLink(notice: Pick<Notice, 'kind' | 'recordType' | 'recordId'>): string {
  const path = `/${RECORD_PATH[notice.recordType]}/${notice.recordId}`;
  return notice.kind === 'NEW_MESSAGE' ? `${path}#messages` : path;
}

interface NotificationListProps {
  /** A notice was opened: the popover closes. */
  onNavigate: () => void;
  /** Something was marked read: the bell asks for its count again. */
  onChanged: () => void;
}

/** The client's notifications, newest first, each a link to its record; opening one marks it read. */
export function NotificationList({ onNavigate, onChanged }: NotificationListProps) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const [shown, setShown] = useState(PAGE);
  const { data, error, loading, refetch } = useQuery(MyNotificationsDocument, {
    variables: { first: shown },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkMyNotificationReadDocument);
  const [markAllRead, { loading: markingAll }] = useMutation(MarkAllMyNotificationsReadDocument);
  const notices = data?.myNotifications;

  const describe = (notice: Notice) => {
    const values = { number: notice.recordNumber, name: notice.recordName };
    switch (notice.kind) {
      case 'NEW_QUOTE':
        return t('notifications.newQuote', values);
      case 'PROJECT_DELIVERED':
        return t('notifications.delivered', values);
      case 'PROJECT_STATUS_CHANGED':
        return t('notifications.statusChanged', {
          ...values,
          status: notice.status ? t(`projectStatus.${notice.status as 'IN_PROGRESS'}`, { defaultValue: notice.status }) : '',
        });
      case 'FEEDBACK_ANSWERED':
        return t('notifications.feedbackAnswered', values);
      case 'NEW_MESSAGE':
        return t('notifications.newMessage', values);
    }
  };

  const open = (notice: Notice) => {
    if (!notice.readAt)
      void markRead({ variables: { id: notice.id } })
        .then(onChanged)
        .catch(() => undefined);
    onNavigate();
  };

  const readAll = async () => {
    await markAllRead().catch(() => undefined);
    onChanged();
    await refetch().catch(() => undefined);
  };

  if (!notices) {
    if (error) return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <LoadingState />;
  }
  const anyUnread = notices.some((notice) => !notice.readAt);
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap" px={4}>
        <Text fw={600} component="h2" size="md" m={0}>
          {t('notifications.title')}
        </Text>
        {anyUnread && (
          <Button size="compact-sm" variant="subtle" onClick={() => void readAll()} loading={markingAll}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {notices.length === 0 ? (
        <EmptyList title={t('notifications.none')} icon={<IconBellOff aria-hidden />} />
      ) : (
        <ScrollArea.Autosize mah="min(60vh, 420px)" type="auto">
          <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
            {notices.map((notice) => (
              <Box component="li" key={notice.id}>
                <UnstyledButton
                  component={Link}
                  to={noticeLink(notice)}
                  onClick={() => open(notice)}
                  display="block"
                  p="xs"
                  w="100%"
                  style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                  bg={notice.readAt ? undefined : 'var(--mantine-primary-color-light)'}
                >
                  <Text size="sm" fw={notice.readAt ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
                    {!notice.readAt && <VisuallyHidden component="span">{t('notifications.unread')}: </VisuallyHidden>}
                    {describe(notice)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {notice.recordName} · {formatter.dateTime(notice.createdAt)}
                  </Text>
                </UnstyledButton>
              </Box>
            ))}
          </Stack>
          {notices.length === shown && shown < MAX_PAGE_SIZE && (
            <Group justify="center" mt="xs">
              <Button size="compact-sm" variant="default" loading={loading} onClick={() => setShown((count) => count + PAGE)}>
                {t('list.showMore')}
              </Button>
            </Group>
          )}
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
