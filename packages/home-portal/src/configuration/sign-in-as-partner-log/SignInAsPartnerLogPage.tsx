import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { errorMessage } from '../../app/graphqlErrors';
import { userAgentLabel } from '../../app/userAgent';
import { useHasRight } from '../../auth/useHasRight';
import { clientProfilePath } from '../../clients/clientPaths';
import { ClientSearchSelect, type ClientOption } from '../../clients/ClientSearchSelect';
import { ImpersonationLogDocument, ImpersonationStaffOptionsDocument } from '../../gql/graphql';

/** Sessions per step of "Show more"; the API returns at most 200. */
export const LOG_PAGE_SIZE = 50;
const LOG_MAX = 200;

/**
 * The "Sign in as Partner" log: who signed in as which client, when, why, in which mode, from
 * where, and how the session ended; filtered by staff member and by client.
 */
export function SignInAsPartnerLogPage() {
  const { t } = useTranslation();
  const mayListStaff = useHasRight('USER_MANAGEMENT:BROWSE');
  const mayListClients = useHasRight('CLIENTS:BROWSE');
  const mayOpenClients = useHasRight('CLIENTS:DISPLAY');
  const [staffUserId, setStaffUserId] = useState<string | null>(null);
  const [client, setClient] = useState<ClientOption | null>(null);
  const [first, setFirst] = useState(LOG_PAGE_SIZE);
  const staff = useQuery(ImpersonationStaffOptionsDocument, { skip: !mayListStaff });
  const { data, previousData, error, loading, refetch } = useQuery(ImpersonationLogDocument, {
    variables: { first, staffUserId, clientId: client?.id ?? null },
  });
  // While a filter's answer is on its way, the previous rows stay (dimmed) instead of a spinner.
  const shown = data ?? previousData;
  const sessions = shown?.impersonationLog ?? [];
  const filtered = staffUserId !== null || client !== null;

  let content: ReactNode;
  if (error && !data) {
    content = (
      <Alert color="red" title={t('impersonationLog.loadFailed')}>
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
          <Text c="dimmed">{t('impersonationLog.loading')}</Text>
        </Group>
      </Center>
    );
  } else if (sessions.length === 0) {
    content = (
      <Paper withBorder p="xl">
        <Text c="dimmed" ta="center">
          {filtered ? t('impersonationLog.emptyFiltered') : t('impersonationLog.empty')}
        </Text>
      </Paper>
    );
  } else {
    content = (
      <Stack gap="sm">
        <Paper withBorder style={{ opacity: loading ? 0.6 : 1 }} aria-busy={loading}>
          <Table.ScrollContainer minWidth={1180}>
            <Table striped verticalSpacing="sm" fz="sm" aria-label={t('impersonationLog.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('impersonationLog.staffMember')}</Table.Th>
                  <Table.Th>{t('impersonationLog.client')}</Table.Th>
                  <Table.Th>{t('impersonationLog.started')}</Table.Th>
                  <Table.Th>{t('impersonationLog.ended')}</Table.Th>
                  <Table.Th>{t('impersonationLog.howItEnded')}</Table.Th>
                  <Table.Th>{t('impersonationLog.reason')}</Table.Th>
                  <Table.Th style={{ minWidth: 130 }}>{t('impersonationLog.mode')}</Table.Th>
                  <Table.Th style={{ minWidth: 140 }}>{t('impersonationLog.fromWhere')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Td>{session.staffName}</Table.Td>
                    <Table.Td>
                      {mayOpenClients ? (
                        <Anchor component={Link} to={clientProfilePath(session.clientId, 'system-account')} size="sm">
                          {session.clientUsername}
                        </Anchor>
                      ) : (
                        session.clientUsername
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(session.startedAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {session.endedAt ? (
                        formatDateTime(session.endedAt)
                      ) : (
                        <Stack gap={2} align="flex-start">
                          <Badge color="green" variant="light">
                            {t('impersonationLog.stillRunning')}
                          </Badge>
                          <Text size="xs" c="dimmed">
                            {t('impersonationLog.endsAt', { date: formatDateTime(session.expiresAt) })}
                          </Text>
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {session.endReason ? t(`impersonationLog.endReasons.${session.endReason}`) : t('impersonationLog.notEnded')}
                    </Table.Td>
                    <Table.Td style={{ minWidth: 180, overflowWrap: 'anywhere' }}>{session.reason}</Table.Td>
                    <Table.Td>
                      <Badge color={session.allowChanges ? 'orange' : 'gray'} variant="light">
                        {session.allowChanges ? t('impersonationLog.withChanges') : t('impersonationLog.readOnly')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{session.ipAddress ?? t('impersonationLog.unknownAddress')}</Text>
                      <Text size="xs" c="dimmed" title={session.userAgent ?? undefined}>
                        {userAgentLabel(session.userAgent, t)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        {sessions.length >= first && first < LOG_MAX ? (
          <Group justify="center">
            <Button variant="default" loading={loading} onClick={() => setFirst((current) => Math.min(current + LOG_PAGE_SIZE, LOG_MAX))}>
              {t('impersonationLog.showMore')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" ta="center">
            {sessions.length >= LOG_MAX
              ? t('impersonationLog.limitReached', { count: LOG_MAX })
              : t('impersonationLog.allShown', { count: sessions.length })}
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
        <Title order={2}>{t('impersonationLog.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('impersonationLog.intro')}
        </Text>
      </Stack>
      {(mayListStaff || mayListClients) && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={760} spacing="sm" role="search" aria-label={t('impersonationLog.filters')}>
          {mayListStaff && (
            <Select
              label={t('impersonationLog.staffFilter')}
              placeholder={staff.loading ? t('impersonationLog.staffLoading') : t('impersonationLog.anyStaffMember')}
              data={(staff.data?.staffUsers ?? []).map((user) => ({
                value: user.id,
                label: t('impersonationLog.staffOption', { name: user.fullName, username: user.username }),
              }))}
              value={staffUserId}
              onChange={(value) => {
                setStaffUserId(value);
                setFirst(LOG_PAGE_SIZE);
              }}
              searchable
              clearable
              nothingFoundMessage={t('impersonationLog.staffNoMatch')}
              error={staff.error ? t('impersonationLog.staffFailed') : undefined}
            />
          )}
          {mayListClients && (
            <ClientSearchSelect
              label={t('impersonationLog.clientFilter')}
              value={client}
              onChange={(value) => {
                setClient(value);
                setFirst(LOG_PAGE_SIZE);
              }}
            />
          )}
        </SimpleGrid>
      )}
      {content}
    </Stack>
  );
}
