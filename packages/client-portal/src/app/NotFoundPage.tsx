import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm">
      <PageTitle>{t('app.notFoundTitle')}</PageTitle>
      <Text c="dimmed">{t('app.notFoundText')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('app.backToStart')}
      </Button>
    </Stack>
  );
}
