import { Text, Timeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../app/dateTime';
import { humanize } from '../app/humanize';
import type { HistoryEntryFieldsFragment } from './history.generated';

const knownEvents = {
  CREATED: 'work.history.events.CREATED',
  CREATED_FROM_QUOTE: 'work.history.events.CREATED_FROM_QUOTE',
  UPDATED: 'work.history.events.UPDATED',
  STATUS_CHANGED: 'work.history.events.STATUS_CHANGED',
  SENT_BACK_FOR_REVIEW: 'work.history.events.SENT_BACK_FOR_REVIEW',
  FEEDBACK_GIVEN: 'work.history.events.FEEDBACK_GIVEN',
  COMPLAINT_FILED: 'work.history.events.COMPLAINT_FILED',
  FEEDBACK_ANSWERED: 'work.history.events.FEEDBACK_ANSWERED',
  SUBMITTED: 'work.history.events.SUBMITTED',
  QUOTED: 'work.history.events.QUOTED',
  CONVERTED_TO_PROJECT: 'work.history.events.CONVERTED_TO_PROJECT',
  DECLINED: 'work.history.events.DECLINED',
  ACCEPTED: 'work.history.events.ACCEPTED',
  REJECTED: 'work.history.events.REJECTED',
  EDITED: 'work.history.events.EDITED',
  WITHDRAWN: 'work.history.events.WITHDRAWN',
  EXPIRED: 'work.history.events.EXPIRED',
} as const;

/** The event as people read it; events this version does not know yet are spelled out from their code. */
function eventLabel(event: string, t: TFunction): string {
  return Object.hasOwn(knownEvents, event) ? t(knownEvents[event as keyof typeof knownEvents]) : humanize(event);
}

interface HistoryTimelineProps {
  entries: readonly HistoryEntryFieldsFragment[];
  /** The status as people read it, e.g. "In progress" for IN_PROGRESS. */
  statusLabel: (status: string) => string;
}

/** What happened to a record, oldest first: the event, the status it led to, who, when, and the note. */
export function HistoryTimeline({ entries, statusLabel }: HistoryTimelineProps) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('work.history.empty')}
      </Text>
    );
  }
  return (
    <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2}>
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          title={
            entry.status
              ? t('work.history.eventWithStatus', { event: eventLabel(entry.event, t), status: statusLabel(entry.status) })
              : eventLabel(entry.event, t)
          }
        >
          <Text size="xs" c="dimmed">
            {t('work.history.byAt', { name: entry.actorName, date: formatDateTime(entry.occurredAt) })}
          </Text>
          {entry.note && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {entry.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
