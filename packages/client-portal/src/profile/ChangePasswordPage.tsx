import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInClient } from '../session/sessionContext';
import { ChangePasswordSection } from './ChangePasswordSection';

/** Change password for a client whose rights do not show the Profile (the user menu links here then). */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const viewer = useSignedInClient();
  return (
    <Stack gap="lg">
      <Title order={2}>{t('changePassword.title')}</Title>
      <ChangePasswordSection viewer={viewer} />
    </Stack>
  );
}
