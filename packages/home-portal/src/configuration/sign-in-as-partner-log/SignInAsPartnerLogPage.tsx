import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { userAgentLabel } from '../../app/userAgent';
import { useHasRight } from '../../auth/useHasRight';
import { clientProfilePath } from '../../clients/clientPaths';
import { ClientSearchSelect, type ClientOption } from '../../clients/ClientSearchSelect';
import { ImpersonationLogDocument, ImpersonationStaffOptionsDocument, type ImpersonationLogQuery } from '../../gql/graphql';
import { LogPage, useLogPaging, type LogColumn } from '../LogPage';

/** Sessions per step of "Show more"; the API returns at most 200. */
export const LOG_PAGE_SIZE = 50;
const LOG_MAX = 200;

type Session = ImpersonationLogQuery['impersonationLog'][number];

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
  const paging = useLogPaging(LOG_PAGE_SIZE, LOG_MAX);
  const staff = useQuery(ImpersonationStaffOptionsDocument, { skip: !mayListStaff });
  const { data, previousData, error, loading, refetch } = useQuery(ImpersonationLogDocument, {
    variables: { first: paging.first, staffUserId, clientId: client?.id ?? null },
  });

  const columns: LogColumn<Session>[] = [
    { header: t('impersonationLog.staffMember'), cell: (session) => session.staffName },
    {
      header: t('impersonationLog.client'),
      cell: (session) =>
        mayOpenClients ? (
          <Anchor component={Link} to={clientProfilePath(session.clientId, 'system-account')} size="sm">
            {session.clientUsername}
          </Anchor>
        ) : (
          session.clientUsername
        ),
    },
    { header: t('impersonationLog.started'), cellStyle: { whiteSpace: 'nowrap' }, cell: (session) => formatDateTime(session.startedAt) },
    {
      header: t('impersonationLog.ended'),
      cellStyle: { whiteSpace: 'nowrap' },
      cell: (session) =>
        session.endedAt ? (
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
        ),
    },
    {
      header: t('impersonationLog.howItEnded'),
      cell: (session) => (session.endReason ? t(`impersonationLog.endReasons.${session.endReason}`) : t('impersonationLog.notEnded')),
    },
    { header: t('impersonationLog.reason'), cellStyle: { minWidth: 180, overflowWrap: 'anywhere' }, cell: (session) => session.reason },
    {
      header: t('impersonationLog.mode'),
      headerStyle: { minWidth: 130 },
      cell: (session) => (
        <Badge color={session.allowChanges ? 'orange' : 'gray'} variant="light">
          {session.allowChanges ? t('impersonationLog.withChanges') : t('impersonationLog.readOnly')}
        </Badge>
      ),
    },
    {
      header: t('impersonationLog.fromWhere'),
      headerStyle: { minWidth: 140 },
      cell: (session) => (
        <>
          <Text size="sm">{session.ipAddress ?? t('impersonationLog.unknownAddress')}</Text>
          <Text size="xs" c="dimmed" title={session.userAgent ?? undefined}>
            {userAgentLabel(session.userAgent, t)}
          </Text>
        </>
      ),
    },
  ];

  return (
    <LogPage
      messages="impersonationLog"
      section={t('nav.userManagement')}
      filters={
        (mayListStaff || mayListClients) && (
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
                  paging.reset();
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
                  paging.reset();
                }}
              />
            )}
          </SimpleGrid>
        )
      }
      filtered={staffUserId !== null || client !== null}
      rows={(data ?? previousData)?.impersonationLog}
      current={data !== undefined}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      columns={columns}
      tableMinWidth={1180}
      paging={paging}
    />
  );
}
