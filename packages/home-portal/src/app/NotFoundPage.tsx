import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={2}>{t('app.notFoundTitle')}</Title>
      <Text c="dimmed">{t('app.notFoundText')}</Text>
      <Button component={Link} to="/clients" variant="light">
        {t('app.backToClients')}
      </Button>
    </Stack>
  );
}
