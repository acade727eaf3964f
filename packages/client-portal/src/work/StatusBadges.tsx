import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus, QuoteStatus, RequestStatus } from '../gql/graphql';

const projectStatusColors: Record<ProjectStatus, MantineColor> = {
  REQUESTED: 'gray',
  IN_PROGRESS: 'blue',
  READY: 'cyan',
  DELIVERED: 'green',
  CLOSED: 'dark',
  CANCELLED: 'red',
};

const quoteStatusColors: Record<QuoteStatus, MantineColor> = {
  PENDING: 'orange',
  ACCEPTED: 'green',
  REJECTED: 'red',
  EXPIRED: 'gray',
};

const requestStatusColors: Record<RequestStatus, MantineColor> = {
  SUBMITTED: 'blue',
  QUOTED: 'violet',
  CONVERTED_TO_PROJECT: 'green',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  const color = projectStatusColors[status];
  return (
    <Badge color={color} variant="light">
      {t(`projectStatus.${status}`)}
    </Badge>
  );
}

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  const color = quoteStatusColors[status];
  return (
    <Badge color={color} variant="light">
      {t(`quoteStatus.${status}`)}
    </Badge>
  );
}

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  const color = requestStatusColors[status];
  return (
    <Badge color={color} variant="light">
      {t(`requestStatus.${status}`)}
    </Badge>
  );
}
