import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/dateTime';
import type { RequestListItemFragment } from '../../gql/graphql';
import { ClientNameLink } from '../ClientNameLink';
import { RequestStatusBadge } from '../StatusBadges';
import { useWorkFormat } from '../useWorkFormat';
import { requestPath } from '../workPaths';

interface RequestsTableProps {
  requests: readonly RequestListItemFragment[];
  /** False where every row is of the same client (its profile). */
  showClient?: boolean;
}

/** One row per client request, its number linking to the request; scrolls sideways on a phone. */
export function RequestsTable({ requests, showClient = true }: RequestsTableProps) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  return (
    <Table.ScrollContainer minWidth={showClient ? 900 : 760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('requests.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('work.fields.number')}</Table.Th>
            <Table.Th>{t('requests.fields.kind')}</Table.Th>
            <Table.Th>{t('work.fields.name')}</Table.Th>
            {showClient && <Table.Th>{t('work.fields.client')}</Table.Th>}
            <Table.Th>{t('work.fields.languages')}</Table.Th>
            <Table.Th>{t('work.fields.status')}</Table.Th>
            <Table.Th>{t('work.fields.deadline')}</Table.Th>
            <Table.Th>{t('requests.fields.submitted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={requestPath(request.id)} size="sm" fw={500}>
                  {request.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`requests.kinds.${request.kind}`)}</Table.Td>
              <Table.Td>{request.name}</Table.Td>
              {showClient && (
                <Table.Td>
                  <ClientNameLink clientId={request.clientId} clientName={request.clientName} />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{format.languagePair(request.sourceLanguage, request.targetLanguages)}</Text>
              </Table.Td>
              <Table.Td>
                <RequestStatusBadge status={request.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(request.deadline)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(request.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
