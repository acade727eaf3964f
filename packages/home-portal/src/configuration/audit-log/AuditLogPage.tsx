import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Center, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { errorMessage } from '../../app/graphqlErrors';
import { useHasRight } from '../../auth/useHasRight';
import { clientProfilePath } from '../../clients/clientPaths';
import { AuditActorsDocument, AuditEventsDocument } from '../../gql/graphql';
import { auditActionLabel, auditActions, auditDetailLines } from './auditDetails';

const AUDIT_PAGE_SIZE = 50;
const AUDIT_MAX = 200;

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
  const filtered = Object.values(filter).some(Boolean);
  const setFilter = (name: 'action' | 'actor' | 'client', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const [first, setFirst] = useState(AUDIT_PAGE_SIZE);
  const { data, previousData, error, loading, refetch } = useQuery(AuditEventsDocument, { variables: { first, ...filter } });
  const actors = useQuery(AuditActorsDocument, { skip: !mayListStaff });
  const shown = data ?? previousData;
  const events = shown?.auditEvents ?? [];

  let content: ReactNode;
  if (error && !data) {
    content = (
      <Alert color="red" title={t('auditLog.loadFailed')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(error, t)}</Text>
          <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
            {t('errors.tryAgain')}
          </Button>
        </Stack>
      </Alert>
    );
  } else if (!shown) {
    content = (
      <Center py="xl">
        <Group gap="sm">
          <Loader size="sm" />
          <Text c="dimmed">{t('auditLog.loading')}</Text>
        </Group>
      </Center>
    );
  } else if (events.length === 0) {
    content = (
      <Paper withBorder p="xl">
        <Text c="dimmed" ta="center">
          {filtered ? t('auditLog.filteredEmpty') : t('auditLog.empty')}
        </Text>
      </Paper>
    );
  } else {
    content = (
      <Stack gap="sm">
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="sm" fz="sm" aria-label={t('auditLog.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auditLog.time')}</Table.Th>
                  <Table.Th>{t('auditLog.action')}</Table.Th>
                  <Table.Th>{t('auditLog.who')}</Table.Th>
                  <Table.Th>{t('auditLog.details')}</Table.Th>
                  <Table.Th>{t('auditLog.fromWhere')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((event) => {
                  const lines = auditDetailLines(event.details, t);
                  return (
                    <Table.Tr key={event.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDateTime(event.occurredAt)}</Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>
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
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>{event.actorName ?? t('auditLog.system')}</Table.Td>
                      <Table.Td style={{ verticalAlign: 'top', minWidth: 280 }}>
                        {lines.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            {t('auditLog.noDetails')}
                          </Text>
                        ) : (
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
                        )}
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>{event.ipAddress ?? t('auditLog.unknownAddress')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        {events.length >= first && first < AUDIT_MAX ? (
          <Group justify="center">
            <Button
              variant="default"
              loading={loading}
              onClick={() => setFirst((current) => Math.min(current + AUDIT_PAGE_SIZE, AUDIT_MAX))}
            >
              {t('auditLog.showMore')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" ta="center">
            {events.length >= AUDIT_MAX
              ? t('auditLog.limitReached', { count: AUDIT_MAX })
              : t('auditLog.allShown', { count: events.length })}
          </Text>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {t('nav.configuration')} · {t('nav.userManagement')}
        </Text>
        <Title order={2}>{t('auditLog.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('auditLog.intro')}
        </Text>
      </Stack>
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
      {content}
    </Stack>
  );
}
