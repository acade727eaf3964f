import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/dateTime';
import type { RequestListItemFragment } from './requests.generated';
import { ResponsiveTable, type ResponsiveColumn } from '../../kit/ResponsiveTable';
import { ClientNameLink } from '../ClientNameLink';
import { RequestStatusBadge } from '../StatusBadges';
import { useWorkFormat } from '../useWorkFormat';
import { requestPath } from '../workPaths';

type Request = RequestListItemFragment;

interface RequestsTableProps {
  requests: readonly RequestListItemFragment[];
  /** False where every row is of the same client (its profile). */
  showClient?: boolean;
}

/** One row per client request, its number linking to the request; cards on a phone with the status beside the number. */
export function RequestsTable({ requests, showClient = true }: RequestsTableProps) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const columns: ResponsiveColumn<Request>[] = [
    {
      header: t('work.fields.number'),
      card: 'title',
      cellStyle: { whiteSpace: 'nowrap' },
      cell: (request) => (
        <Anchor component={Link} to={requestPath(request.id)} size="sm" fw={500}>
          {request.number}
        </Anchor>
      ),
    },
    { header: t('requests.fields.kind'), cell: (request) => t(`requests.kinds.${request.kind}`) },
    { header: t('work.fields.name'), card: 'subtitle', cell: (request) => request.name },
    ...(showClient
      ? [
          {
            header: t('work.fields.client'),
            cell: (request: Request) => <ClientNameLink clientId={request.clientId} clientName={request.clientName} />,
          },
        ]
      : []),
    {
      header: t('work.fields.languages'),
      cell: (request) => (
        <Text size="sm" span>
          {format.languagePair(request.sourceLanguage, request.targetLanguages)}
        </Text>
      ),
    },
    { header: t('work.fields.status'), card: 'badge', cell: (request) => <RequestStatusBadge status={request.status} /> },
    { header: t('work.fields.deadline'), cellStyle: { whiteSpace: 'nowrap' }, cell: (request) => formatDate(request.deadline) },
    { header: t('requests.fields.submitted'), cellStyle: { whiteSpace: 'nowrap' }, cell: (request) => formatDate(request.createdAt) },
  ];
  return (
    <ResponsiveTable
      label={t('requests.tableLabel')}
      rows={requests}
      rowKey={(request) => request.id}
      columns={columns}
      minWidth={showClient ? 900 : 760}
    />
  );
}
