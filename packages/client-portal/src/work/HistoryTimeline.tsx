import { Anchor, Text, Timeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientFormatter } from '../formatting/useClientFormatter';
import type { HistoryEntryFieldsFragment } from '../gql/graphql';

/** The events the API records on projects, quotes and requests; others are shown as "Other change". */
const knownEvents = [
  'CREATED',
  'CREATED_FROM_QUOTE',
  'STATUS_CHANGED',
  'UPDATED',
  'SENT_BACK_FOR_REVIEW',
  'FEEDBACK_GIVEN',
  'COMPLAINT_FILED',
  'FEEDBACK_ANSWERED',
  'ACCEPTED',
  'REJECTED',
  'SUBMITTED',
  'QUOTED',
  'CONVERTED_TO_PROJECT',
  'DECLINED',
  'EDITED',
  'WITHDRAWN',
  'EXPIRED',
] as const;
type KnownEvent = (typeof knownEvents)[number];

const isKnownEvent = (event: string): event is KnownEvent => (knownEvents as readonly string[]).includes(event);

/** How the API names a staff member acting for the client (`actorKind` STAFF_ON_BEHALF_OF_CLIENT). */
const ON_BEHALF_OF = ' on behalf of ';

function actorText(entry: HistoryEntryFieldsFragment, t: TFunction): string {
  if (entry.actorKind === 'SYSTEM') return t('history.bySystem');
  if (entry.actorKind === 'STAFF_ON_BEHALF_OF_CLIENT') {
    const at = entry.actorName.indexOf(ON_BEHALF_OF);
    if (at > 0)
      return t('history.byOnBehalfOf', {
        staffName: entry.actorName.slice(0, at),
        clientName: entry.actorName.slice(at + ON_BEHALF_OF.length),
      });
  }
  return t('history.by', { actor: entry.actorName });
}

interface HistoryTimelineProps {
  entries: readonly HistoryEntryFieldsFragment[];
  /** The translated name of a status of this kind of record. */
  statusLabel: (status: string) => string;
  /** Where the quote named by QUOTED / CREATED_FROM_QUOTE opens, when the client may open it. */
  quoteHref?: string | null;
  /** Where the project named by ACCEPTED / CONVERTED_TO_PROJECT opens, when the client may open it. */
  projectHref?: string | null;
}

/** What happened to a record, oldest first: each step with its status, when, who, and what it led to. */
export function HistoryTimeline({ entries, statusLabel, quoteHref, projectHref }: HistoryTimelineProps) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  if (entries.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;

  const title = (entry: HistoryEntryFieldsFragment): string => {
    if (entry.event === 'STATUS_CHANGED' && entry.status) return statusLabel(entry.status);
    return isKnownEvent(entry.event) ? t(`history.events.${entry.event}`) : t('history.events.OTHER');
  };

  const reference = (label: string, href: string | null | undefined): ReactNode =>
    href ? (
      <Anchor component={Link} to={href} size="sm">
        {label}
      </Anchor>
    ) : (
      <Text size="sm">{label}</Text>
    );

  const details = (entry: HistoryEntryFieldsFragment): ReactNode => {
    const note = entry.note?.trim();
    if (!note) return null;
    switch (entry.event) {
      case 'QUOTED':
      case 'CREATED_FROM_QUOTE':
        return reference(t('history.quoteReference', { number: note }), quoteHref);
      case 'ACCEPTED':
      case 'CONVERTED_TO_PROJECT':
        return reference(t('history.projectReference', { number: note }), projectHref);
      case 'REJECTED':
      case 'DECLINED':
        return <Text size="sm">{t('history.reason', { reason: note })}</Text>;
      default:
        return (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {note}
          </Text>
        );
    }
  };

  return (
    <Timeline active={entries.length - 1} bulletSize={16} lineWidth={2}>
      {entries.map((entry) => (
        <Timeline.Item key={entry.id} title={title(entry)}>
          {/* Every step says where it left the record, so each status the record reached has its entry. */}
          {entry.status && statusLabel(entry.status) !== title(entry) && (
            <Text size="sm">{t('history.statusAfter', { status: statusLabel(entry.status) })}</Text>
          )}
          <Text size="sm" c="dimmed">
            {formatter.dateTime(entry.occurredAt)} · {actorText(entry, t)}
          </Text>
          {details(entry)}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
