import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title, type MantineColor } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../kit/ResponsiveTable';
import { formatDateTime } from '../../app/dateTime';
import { errorMessage } from '../../app/graphqlErrors';
import { userAgentLabel } from '../../app/userAgent';
import type { SignInOutcome } from '../../gql/graphql';
import { ClientSignInAttemptsDocument } from './clientPortalAccount.generated';

/** How many recent attempts the list shows. */
export const SIGN_IN_ATTEMPTS_SHOWN = 10;

const outcomeColors = {
  SUCCESS: 'green',
  WRONG_PASSWORD: 'red',
  ACCOUNT_LOCKED: 'red',
  NO_PASSWORD_SET: 'orange',
  ACCESS_DENIED: 'orange',
  PORTAL_UNAVAILABLE: 'orange',
  UNKNOWN_USERNAME: 'gray',
  RATE_LIMITED: 'orange',
  ACCOUNT_INACTIVE: 'gray',
  WRONG_SECOND_FACTOR: 'red',
} as const satisfies Record<SignInOutcome, MantineColor>;

/**
 * The client's recent Client Portal sign-in attempts with their real outcome: the client is told
 * only that sign-in failed, staff see why (wrong password, no password yet, access denied, locked).
 */
export function SignInAttempts({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, loading, refetch } = useQuery(ClientSignInAttemptsDocument, {
    variables: { clientId, first: SIGN_IN_ATTEMPTS_SHOWN },
    notifyOnNetworkStatusChange: true,
  });
  const attempts = data?.clientSignInAttempts ?? [];

  let content: ReactNode;
  if (error && !data) {
    content = (
      <Alert color="red" title={t('signInAttempts.loadFailed')}>
        {errorMessage(error, t)}
      </Alert>
    );
  } else if (!data) {
    content = (
      <Group gap="sm">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('signInAttempts.loading')}
        </Text>
      </Group>
    );
  } else if (attempts.length === 0) {
    content = (
      <Text size="sm" c="dimmed">
        {t('signInAttempts.empty')}
      </Text>
    );
  } else {
    content = (
      <Paper withBorder>
        <ResponsiveTable
          label={t('signInAttempts.title')}
          rows={attempts}
          rowKey={(attempt) => attempt.id}
          minWidth={560}
          fz="sm"
          columns={[
            { header: t('signInAttempts.time'), card: 'title', cell: (attempt) => formatDateTime(attempt.attemptedAt) },
            {
              header: t('signInAttempts.outcome'),
              card: 'badge',
              cell: (attempt) => (
                <Badge color={outcomeColors[attempt.outcome]} variant="light">
                  {t(`signInAttempts.outcomes.${attempt.outcome}`)}
                </Badge>
              ),
            },
            { header: t('signInAttempts.ipAddress'), cell: (attempt) => attempt.ipAddress ?? t('signInAttempts.unknown') },
            {
              header: t('signInAttempts.browser'),
              cell: (attempt) => <span title={attempt.userAgent ?? undefined}>{userAgentLabel(attempt.userAgent, t)}</span>,
            },
          ]}
        />
      </Paper>
    );
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" gap="sm">
        <Stack gap={0}>
          <Title order={3} size="h5" id={headingId}>
            {t('signInAttempts.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('signInAttempts.description', { count: SIGN_IN_ATTEMPTS_SHOWN })}
          </Text>
        </Stack>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={loading && data !== undefined}
          onClick={() => void refetch()}
        >
          {t('signInAttempts.refresh')}
        </Button>
      </Group>
      {content}
    </Stack>
  );
}
