import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus, QuoteStatus, RequestStatus } from '../gql/graphql';
import { projectStatusColors, quoteStatusColors, requestStatusColors } from './workStatus';

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={projectStatusColors[status]} variant="light">
      {t(`projects.status.${status}`)}
    </Badge>
  );
}

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={quoteStatusColors[status]} variant="light">
      {t(`quotes.status.${status}`)}
    </Badge>
  );
}

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={requestStatusColors[status]} variant="light">
      {t(`requests.status.${status}`)}
    </Badge>
  );
}
