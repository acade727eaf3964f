import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={400}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Text size="sm" fw={600} c="dimmed">
              {t('app.productName')}
            </Text>
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('signIn.subtitle')}
            </Text>
          </Stack>
          <SignInForm />
        </Stack>
      </Paper>
    </Center>
  );
}
