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
import {
  SignInAsPartnerLogDocument,
  SignInAsPartnerStaffOptionsDocument,
  type SignInAsPartnerLogQuery,
} from './signInAsPartnerLog.generated';
import { LogPage, useLogPaging, type LogColumn } from '../LogPage';

/** Sessions per step of "Show more"; the API returns at most 200. */
export const LOG_PAGE_SIZE = 50;
const LOG_MAX = 200;

type Session = SignInAsPartnerLogQuery['signInAsPartnerLog'][number];

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
  const staff = useQuery(SignInAsPartnerStaffOptionsDocument, { skip: !mayListStaff });
  const { data, previousData, error, loading, refetch } = useQuery(SignInAsPartnerLogDocument, {
    variables: { first: paging.first, staffUserId, clientId: client?.id ?? null },
  });

  const columns: LogColumn<Session>[] = [
    {
      header: t('signInAsPartnerLog.staffMember'),
      card: 'title',
      cell: (session) => (
        <Text size="sm" fw={500}>
          {session.staffName}
        </Text>
      ),
    },
    {
      header: t('signInAsPartnerLog.client'),
      card: 'subtitle',
      cell: (session) =>
        mayOpenClients ? (
          <Anchor component={Link} to={clientProfilePath(session.clientId, 'system-account')} size="sm">
            {session.clientUsername}
          </Anchor>
        ) : (
          session.clientUsername
        ),
    },
    { header: t('signInAsPartnerLog.started'), cellStyle: { whiteSpace: 'nowrap' }, cell: (session) => formatDateTime(session.startedAt) },
    {
      // When and how it ended share a column, so the log fits a 1366 px screen beside the navbar.
      header: t('signInAsPartnerLog.ended'),
      cell: (session) =>
        session.endedAt ? (
          <Stack gap={2} align="flex-start">
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(session.endedAt)}
            </Text>
            <Text size="xs" c="dimmed">
              {session.endReason ? t(`signInAsPartnerLog.endReasons.${session.endReason}`) : t('signInAsPartnerLog.notEnded')}
            </Text>
          </Stack>
        ) : (
          <Stack gap={2} align="flex-start">
            <Badge color="green" variant="light">
              {t('signInAsPartnerLog.stillRunning')}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('signInAsPartnerLog.endsAt', { date: formatDateTime(session.expiresAt) })}
            </Text>
          </Stack>
        ),
    },
    { header: t('signInAsPartnerLog.reason'), cellStyle: { minWidth: 160, overflowWrap: 'anywhere' }, cell: (session) => session.reason },
    {
      header: t('signInAsPartnerLog.mode'),
      card: 'badge',
      cell: (session) => (
        <Badge color={session.allowChanges ? 'orange' : 'gray'} variant="light">
          {session.allowChanges ? t('signInAsPartnerLog.withChanges') : t('signInAsPartnerLog.readOnly')}
        </Badge>
      ),
    },
    {
      header: t('signInAsPartnerLog.fromWhere'),
      cellStyle: { minWidth: 120, overflowWrap: 'anywhere' },
      cell: (session) => (
        <>
          <Text size="sm">{session.ipAddress ?? t('signInAsPartnerLog.unknownAddress')}</Text>
          <Text size="xs" c="dimmed" title={session.userAgent ?? undefined}>
            {userAgentLabel(session.userAgent, t)}
          </Text>
        </>
      ),
    },
  ];

  return (
    <LogPage
      messages="signInAsPartnerLog"
      section={t('nav.userManagement')}
      filters={
        (mayListStaff || mayListClients) && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={760} spacing="sm" role="search" aria-label={t('signInAsPartnerLog.filters')}>
            {mayListStaff && (
              <Select
                label={t('signInAsPartnerLog.staffFilter')}
                placeholder={staff.loading ? t('signInAsPartnerLog.staffLoading') : t('signInAsPartnerLog.anyStaffMember')}
                data={(staff.data?.staffUsers ?? []).map((user) => ({
                  value: user.id,
                  label: t('signInAsPartnerLog.staffOption', { name: user.fullName, username: user.username }),
                }))}
                value={staffUserId}
                onChange={(value) => {
                  setStaffUserId(value);
                  paging.reset();
                }}
                searchable
                clearable
                nothingFoundMessage={t('signInAsPartnerLog.staffNoMatch')}
                error={staff.error ? t('signInAsPartnerLog.staffFailed') : undefined}
              />
            )}
            {mayListClients && (
              <ClientSearchSelect
                label={t('signInAsPartnerLog.clientFilter')}
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
      rows={(data ?? previousData)?.signInAsPartnerLog}
      current={data !== undefined}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      columns={columns}
      // The page's width at 1366 px beside the 260 px navbar: nothing is cut or needs scrolling there.
      tableMinWidth={980}
      paging={paging}
    />
  );
}
