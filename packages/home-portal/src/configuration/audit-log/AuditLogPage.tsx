import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Button, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { useHasRight } from '../../auth/useHasRight';
import { clientProfilePath } from '../../clients/clientPaths';
import { AuditActorsDocument, AuditEventsDocument, type AuditEventsQuery } from './auditLog.generated';
import { LogPage, useLogPaging, type LogColumn } from '../LogPage';
import { auditActionLabel, auditActions, auditDetailLines } from './auditDetails';

const AUDIT_PAGE_SIZE = 50;
const AUDIT_MAX = 200;

type AuditEvent = AuditEventsQuery['auditEvents'][number];

const top = { verticalAlign: 'top' } as const;

/**
 * The audit log: recorded administrative actions with old and new values, newest first, filtered by
 * action, by who acted and by client (kept in the address, so a filtered log can be linked to).
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const mayOpenClients = useHasRight('CLIENTS:DISPLAY');
  const mayListStaff = useHasRight('USER_MANAGEMENT:BROWSE');
  const [params, setParams] = useSearchParams();
  const filter = { action: params.get('action'), actorStaffUserId: params.get('actor'), clientId: params.get('client') };
  const setFilter = (name: 'action' | 'actor' | 'client', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const paging = useLogPaging(AUDIT_PAGE_SIZE, AUDIT_MAX);
  const { data, previousData, error, loading, refetch } = useQuery(AuditEventsDocument, { variables: { first: paging.first, ...filter } });
  const actors = useQuery(AuditActorsDocument, { skip: !mayListStaff });

  const columns: LogColumn<AuditEvent>[] = [
    {
      header: t('auditLog.time'),
      card: 'subtitle',
      cellStyle: { ...top, whiteSpace: 'nowrap' },
      cell: (event) => formatDateTime(event.occurredAt),
    },
    {
      header: t('auditLog.action'),
      card: 'title',
      cellStyle: top,
      cell: (event) => (
        <>
          <Text size="sm" fw={500}>
            {auditActionLabel(event.action, t)}
          </Text>
          {event.clientId &&
            (mayOpenClients ? (
              <Anchor component={Link} to={clientProfilePath(event.clientId, 'system-account')} size="xs">
                {t('auditLog.openClient', { id: event.clientId })}
              </Anchor>
            ) : (
              <Text size="xs" c="dimmed">
                {t('auditLog.clientId', { id: event.clientId })}
              </Text>
            ))}
        </>
      ),
    },
    { header: t('auditLog.who'), cellStyle: top, cell: (event) => event.actorName ?? t('auditLog.system') },
    {
      header: t('auditLog.details'),
      cellStyle: { ...top, minWidth: 280 },
      cell: (event) => {
        const lines = auditDetailLines(event.details, t);
        if (lines.length === 0) {
          return (
            <Text size="sm" c="dimmed">
              {t('auditLog.noDetails')}
            </Text>
          );
        }
        return (
          <Box component="dl" m={0}>
            {lines.map((line, index) => (
              <Box key={index} style={{ overflowWrap: 'anywhere' }}>
                <Text component="dt" size="xs" c="dimmed">
                  {line.label}
                </Text>
                <Text component="dd" size="sm" m={0} mb={4}>
                  {line.value}
                </Text>
              </Box>
            ))}
          </Box>
        );
      },
    },
    { header: t('auditLog.fromWhere'), cellStyle: top, cell: (event) => event.ipAddress ?? t('auditLog.unknownAddress') },
  ];

  return (
    <LogPage
      messages="auditLog"
      section={t('nav.userManagement')}
      filters={
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('auditLog.filterAction')}
            placeholder={t('auditLog.filterActionAll')}
            data={auditActions.map((action) => ({ value: action, label: auditActionLabel(action, t) }))}
            value={filter.action}
            onChange={(value) => setFilter('action', value)}
            clearable
            searchable
            w={{ base: '100%', sm: 280 }}
          />
          {mayListStaff && (
            <Select
              label={t('auditLog.filterActor')}
              placeholder={t('auditLog.filterActorAll')}
              data={(actors.data?.staffUsers ?? []).map((staff) => ({ value: staff.id, label: staff.fullName }))}
              value={filter.actorStaffUserId}
              onChange={(value) => setFilter('actor', value)}
              clearable
              searchable
              w={{ base: '100%', sm: 240 }}
            />
          )}
          {filter.clientId && (
            <Group gap="xs">
              <Text size="sm">{t('auditLog.forClient', { id: filter.clientId })}</Text>
              <Button size="xs" variant="subtle" onClick={() => setFilter('client', null)}>
                {t('auditLog.allClients')}
              </Button>
            </Group>
          )}
        </Group>
      }
      filtered={Object.values(filter).some(Boolean)}
      rows={(data ?? previousData)?.auditEvents}
      current={data !== undefined}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      columns={columns}
      tableMinWidth={900}
      paging={paging}
    />
  );
}
