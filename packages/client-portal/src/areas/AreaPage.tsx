import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortalArea } from '../navigation/portalAreas';

/**
 * An area the client may browse whose list the API does not offer yet. It says so rather than
 * showing made-up records; each area gets its own page here as the API grows.
 */
export function AreaPage({ area }: { area: PortalArea['area'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2}>{t(`areas.${area}.title`)}</Title>
      <Paper withBorder p="lg">
        <Text fw={600}>{t('areas.notYetTitle')}</Text>
        <Text c="dimmed" size="sm">
          {t('areas.notYetText')}
        </Text>
      </Paper>
    </Stack>
  );
}
