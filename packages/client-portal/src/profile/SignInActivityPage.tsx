import { useQuery } from '@apollo/client/react';
import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { ClientSignInActivityDocument, type ClientSignInActivityQuery } from '../gql/graphql';
import { useClientMay } from '../session/clientRights';
import { LoadError, LoadingState } from '../work/QueryStates';
import { SectionCard } from '../work/SectionCard';
import { TableScroll } from '../work/TableScroll';
import { useCompactLayout } from '../work/useCompactLayout';
import { PageTitle } from '../app/PageTitle';

type Activity = ClientSignInActivityQuery['clientSignInActivity'];

/**
 * Profile → "Sign-in activity": the client's own recent sign-ins and, apart from them, every time
 * the agency's staff viewed the portal as the client (when, how long, whether changes were allowed,
 * who and why when the agency shows it).
 */
export function SignInActivityPage() {
  const { t } = useTranslation();
  const inProfileTabs = useClientMay('PROFILE', 'DISPLAY');
  const { data, error, refetch } = useQuery(ClientSignInActivityDocument, { fetchPolicy: 'cache-and-network' });

  return (
    <Stack gap="lg">
      {!inProfileTabs && <PageTitle>{t('signInActivity.title')}</PageTitle>}
      {!data ? (
        error ? (
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingState />
        )
      ) : (
        <>
          <OwnSignIns signIns={data.clientSignInActivity.signIns} />
          <StaffViews staffViews={data.clientSignInActivity.staffViews} />
        </>
      )}
    </Stack>
  );
}

function OwnSignIns({ signIns }: { signIns: Activity['signIns'] }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const compact = useCompactLayout();
  return (
    <SectionCard id="own-sign-ins" title={t('signInActivity.ownTitle')}>
      <Text size="sm" c="dimmed">
        {t('signInActivity.ownIntro')}
      </Text>
      {signIns.length === 0 ? (
        <Text>{t('signInActivity.noSignIns')}</Text>
      ) : compact ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="own-sign-ins">
          {signIns.map((signIn, index) => (
            <Paper component="li" key={`${signIn.at}-${index}`} withBorder p="sm">
              <Text fw={600}>{formatter.dateTime(signIn.at)}</Text>
              <Text size="sm">{signIn.browser}</Text>
              <Text size="sm" c="dimmed">
                {t('signInActivity.originValue', { origin: signIn.approximateOrigin })}
              </Text>
            </Paper>
          ))}
        </Stack>
      ) : (
        <TableScroll minWidth={520} label={t('signInActivity.ownTitle')}>
          <Table striped verticalSpacing="xs" aria-labelledby="own-sign-ins">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('signInActivity.columns.when')}</Table.Th>
                <Table.Th scope="col">{t('signInActivity.columns.browser')}</Table.Th>
                <Table.Th scope="col">{t('signInActivity.columns.origin')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {signIns.map((signIn, index) => (
                <Table.Tr key={`${signIn.at}-${index}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatter.dateTime(signIn.at)}</Table.Td>
                  <Table.Td>{signIn.browser}</Table.Td>
                  <Table.Td>{signIn.approximateOrigin}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </SectionCard>
  );
}

function StaffViews({ staffViews }: { staffViews: Activity['staffViews'] }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  return (
    <SectionCard id="staff-views" title={t('signInActivity.staffTitle')}>
      <Text size="sm" c="dimmed">
        {t('signInActivity.staffIntro')}
      </Text>
      {staffViews.length === 0 ? (
        <Text>{t('signInActivity.noStaffViews')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="staff-views">
          {staffViews.map((view, index) => (
            <Paper component="li" key={`${view.startedAt}-${index}`} withBorder p="sm">
              <Stack gap={4}>
                <Text fw={600}>{view.staffName ?? t('signInActivity.someStaffMember')}</Text>
                <Text size="sm">
                  {formatter.dateTime(view.startedAt)} ·{' '}
                  {view.endedAt
                    ? t('signInActivity.lasted', { duration: formatter.duration(Date.parse(view.endedAt) - Date.parse(view.startedAt)) })
                    : t('signInActivity.stillRunning')}
                </Text>
                <div>
                  {view.allowChanges ? (
                    <Badge color="orange" variant="light">
                      {t('signInActivity.changesAllowed')}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      {t('signInActivity.viewOnly')}
                    </Badge>
                  )}
                </div>
                {view.reason && (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {t('signInActivity.reason', { reason: view.reason })}
                  </Text>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
