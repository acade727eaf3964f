import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LetterStatus } from '../gql/graphql';

const statusColors = {
  SENT: 'green',
  OUTBOX_ONLY: 'blue',
  FAILED: 'red',
  PENDING: 'gray',
  SENDING: 'cyan',
  CANCELLED: 'gray',
} as const satisfies Record<LetterStatus, MantineColor>;

/** Whether a letter was delivered, is only kept here, failed, or is on its way. */
export function LetterStatusBadge({ status }: { status: LetterStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`outbox.statuses.${status}`)}
    </Badge>
  );
}
