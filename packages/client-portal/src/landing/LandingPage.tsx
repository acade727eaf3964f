import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a client needs before having an account: how access is given, and what to do if the e-mail does not come. */
export function LandingPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Text size="xl" fw={500}>
        {t('landing.tagline')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="access-title">
          <Title order={2} size="h4" id="access-title" mb="xs">
            {t('landing.accessTitle')}
          </Title>
          <Text>{t('landing.accessText')}</Text>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="no-email-title">
          <Title order={2} size="h4" id="no-email-title" mb="xs">
            {t('landing.noEmailTitle')}
          </Title>
          <Text>{t('landing.noEmailText')}</Text>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
