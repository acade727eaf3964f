import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWelcomeText } from '../branding/brandingContext';
import { SignInForm } from './SignInForm';

/** The agency's welcome text and the sign-in form, beside how a client gets an account. */
export function SignInPage() {
  const { t } = useTranslation();
  const welcomeText = useWelcomeText();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing={{ base: 'md', md: 'xl' }}>
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="sign-in-title">
        <Stack gap="lg">
          <div>
            <Title order={2} id="sign-in-title">
              {t('signIn.title')}
            </Title>
            {welcomeText.trim() !== '' && (
              <Text mt="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {welcomeText}
              </Text>
            )}
          </div>
          <SignInForm />
        </Stack>
      </Paper>
      <Stack gap="md">
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="access-title">
          <Title order={2} size="h4" id="access-title" mb="xs">
            {t('landing.accessTitle')}
          </Title>
          <Text>{t('landing.accessText')}</Text>
        </Paper>
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="no-email-title">
          <Title order={2} size="h4" id="no-email-title" mb="xs">
            {t('landing.noEmailTitle')}
          </Title>
          <Text>{t('landing.noEmailText')}</Text>
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}
