import { useApolloClient } from '@apollo/client/react';
import { Box, Button, Group, Text } from '@mantine/core';
import { IconEyeExclamation } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { ClientViewerDocument } from '../gql/graphql';
import type { ClientViewer } from './sessionContext';
import { useSignOut } from './useSignOut';

/** setTimeout's longest wait; sessions are far shorter, but a wrong clock should not make the timer fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface ImpersonationBannerProps {
  impersonation: NonNullable<ClientViewer['impersonation']>;
  clientName: string;
}

/**
 * On every page of a staff member's session as the client ("Sign in as this Partner"): who is
 * really there, when the session ends, and the button that ends it now.
 */
export function ImpersonationBanner({ impersonation, clientName }: ImpersonationBannerProps) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const apollo = useApolloClient();
  const { signOut, signingOut } = useSignOut();
  const { staffName, expiresAt, reason, allowChanges } = impersonation;

  // At the end time the API stops answering for the session; asking then makes the tab notice at once.
  useEffect(() => {
    const wait = Date.parse(expiresAt) - Date.now() + 1000;
    const timer = setTimeout(
      () => {
        void apollo.query({ query: ClientViewerDocument, fetchPolicy: 'network-only' }).catch(() => undefined);
      },
      Math.min(Math.max(wait, 0), MAX_TIMER_MS),
    );
    return () => clearTimeout(timer);
  }, [apollo, expiresAt]);

  const endsToday = formatter.date(expiresAt) === formatter.date(new Date());
  const endTime = endsToday ? formatter.time(expiresAt) : formatter.dateTime(expiresAt);

  return (
    <Box
      component="section"
      aria-label={t('impersonation.regionLabel')}
      bg="yellow.3"
      c="dark.9"
      px="md"
      py="xs"
      style={{ borderBottom: '3px solid var(--mantine-color-yellow-6)' }}
    >
      <Group justify="space-between" gap="sm" wrap="wrap" maw={1400} mx="auto">
        <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 20rem' }}>
          <IconEyeExclamation size={24} stroke={1.8} aria-hidden style={{ flexShrink: 0 }} />
          <div>
            <Text fw={700} size="sm">
              {t('impersonation.viewingAs', { staffName, clientName })}
            </Text>
            <Text size="sm">
              {t('impersonation.endsAt', { time: endTime })}{' '}
              {allowChanges ? t('impersonation.changesAllowed', { staffName }) : <strong>{t('impersonation.readOnly')}</strong>}
            </Text>
            {reason.trim() !== '' && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('impersonation.reason', { reason })}
              </Text>
            )}
          </div>
        </Group>
        <Button color="dark" size="xs" onClick={() => void signOut()} loading={signingOut}>
          {t('impersonation.endSession')}
        </Button>
      </Group>
    </Box>
  );
}
