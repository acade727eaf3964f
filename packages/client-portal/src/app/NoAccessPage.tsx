import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

/** An address the client's rights do not open (typed in, or an old bookmark). */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm">
      <PageTitle>{t('app.noAccessTitle')}</PageTitle>
      <Text c="dimmed">{t('app.noAccessText')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('app.backToDashboard')}
      </Button>
    </Stack>
  );
}
