import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An address the client's rights do not open (typed in, or an old bookmark). */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={2}>{t('app.noAccessTitle')}</Title>
      <Text c="dimmed">{t('app.noAccessText')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('app.backToDashboard')}
      </Button>
    </Stack>
  );
}
