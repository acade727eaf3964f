import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClientViewer } from '../session/sessionContext';
import { ChangePasswordForm } from './ChangePasswordForm';
import { PageTitle } from '../app/PageTitle';

/** "Change password"; a staff member signed in as the client never chooses the client's password. */
export function ChangePasswordSection({ viewer, standalone = false }: { viewer: ClientViewer; standalone?: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="change-password-title">
      <Stack gap="md">
        <div>
          {standalone ? (
            <PageTitle id="change-password-title">{t('changePassword.title')}</PageTitle>
          ) : (
            <Title order={2} size="h3" id="change-password-title">
              {t('changePassword.title')}
            </Title>
          )}
          <Text size="sm" c="dimmed">
            {t('changePassword.intro')}
          </Text>
        </div>
        {viewer.impersonation ? (
          <Alert color="gray" icon={<IconInfoCircle aria-hidden />}>
            {t('changePassword.notWhileImpersonating')}
          </Alert>
        ) : (
          <ChangePasswordForm username={viewer.username} />
        )}
      </Stack>
    </Paper>
  );
}
