import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../gql/graphql';
import { clientStatusColors } from './clientStatus';

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={clientStatusColors[status]} variant="light">
      {t(`clients.status.${status}`)}
    </Badge>
  );
}
