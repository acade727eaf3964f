import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfileEditBlock } from '../session/clientRights';
import { useSignedInClient } from '../session/sessionContext';
import { TwoFactorSection } from '../two-factor/TwoFactorSection';
import { ChangePasswordSection } from './ChangePasswordSection';
import { MessageLettersSection } from './MessageLettersSection';
import { PreferencesForm } from './PreferencesForm';

/** Profile's settings: personal data (read-only), Preferred Language and Format Preferences (Profile Edit saves them), password. */
export function ProfilePage() {
  const { t } = useTranslation();
  const viewer = useSignedInClient();
  const editBlock = useProfileEditBlock();
  const [saved, setSaved] = useState(false);

  const personalData = [
    { label: t('profile.username'), value: viewer.username },
    { label: t('profile.name'), value: viewer.name },
    { label: t('profile.email'), value: viewer.email ?? t('profile.noEmail') },
  ];

  return (
    <Stack gap="lg">
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="personal-data-title">
        <Title order={2} size="h3" id="personal-data-title" mb="xs">
          {t('profile.personalData')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('profile.personalDataHint')}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
          {personalData.map(({ label, value }) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>

      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="preferences-title">
        <Title order={2} size="h3" id="preferences-title" mb="md">
          {t('preferences.title')}
        </Title>
        {/* Keyed by what was saved: after a save elsewhere (the language switcher) the form starts over from it. */}
        <PreferencesForm
          key={`${viewer.username}:${viewer.preferredLanguage}`}
          viewer={viewer}
          editBlock={editBlock}
          saved={saved}
          onSavedChange={setSaved}
        />
      </Paper>

      <MessageLettersSection viewer={viewer} />
      <ChangePasswordSection viewer={viewer} />
      <TwoFactorSection viewer={viewer} />
    </Stack>
  );
}
