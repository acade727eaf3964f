import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/dateTime';
import { auditActionLabel, auditDetailLines } from '../../configuration/audit-log/auditDetails';
import { ClientHistoryDocument } from './clientHistory.generated';
import { LoadFailed, Loading } from '../../kit/QueryStates';

/**
 * The client's history on its profile, from the audit records: who changed its status, access, group,
 * portal access, language, Format Preferences, identification and aliases, when, from what to what.
 */
export function ClientHistoryTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  // Every visit reads it anew: a save on another tab adds to it.
  const { data, error, refetch } = useQuery(ClientHistoryDocument, { variables: { id: clientId }, fetchPolicy: 'cache-and-network' });

  if (error && !data) return <LoadFailed title={t('clientHistory.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading text={t('clientHistory.loading')} />;
  const entries = data.client.history;
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('clientHistory.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label={t('clientHistory.title')}>
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          title={
            <Text size="sm" fw={600} component="span">
              {auditActionLabel(entry.action, t)}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {t('clientHistory.byAt', { name: entry.actorName ?? t('clientHistory.someone'), date: formatDateTime(entry.occurredAt) })}
          </Text>
          <Paper withBorder p="xs" mt={4} radius="sm">
            <Stack gap={2}>
              {auditDetailLines(entry.details as Record<string, unknown>, t)
                .filter((line) => line.label !== t('auditLog.detailKeys.client'))
                .map((line, index) => (
                  <Text size="sm" key={index}>
                    <Text span fw={500} size="sm">
                      {line.label}:
                    </Text>{' '}
                    {line.value}
                  </Text>
                ))}
            </Stack>
          </Paper>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
