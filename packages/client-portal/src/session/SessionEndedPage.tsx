import { Stack, Text } from '@mantine/core';
import { IconDoorExit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '../auth/AuthCard';

/** After a staff member's session as the client ends ("End session", or its end time): nothing more to do in this tab. */
export function SessionEndedPage() {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('sessionEnded.title')}>
      <Stack align="center" gap="md" ta="center">
        <IconDoorExit size={48} stroke={1.5} aria-hidden />
        <Text>{t('sessionEnded.text')}</Text>
      </Stack>
    </AuthCard>
  );
}
