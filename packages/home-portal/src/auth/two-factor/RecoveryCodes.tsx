import { Alert, Button, Code, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The ten recovery codes, shown once right after enrolling. */
export function RecoveryCodes({ codes, onContinue }: { codes: readonly string[]; onContinue: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="yellow" icon={<IconKey aria-hidden />} title={t('twoFactor.recoveryTitle')} role="status">
        <Text size="sm">{t('twoFactor.recoveryText')}</Text>
      </Alert>
      <SimpleGrid cols={2} spacing="xs" component="ul" aria-label={t('twoFactor.recoveryTitle')} style={{ listStyle: 'none', padding: 0 }}>
        {codes.map((code) => (
          <li key={code}>
            <Code fz="md">{code}</Code>
          </li>
        ))}
      </SimpleGrid>
      <Button onClick={onContinue}>{t('twoFactor.continue')}</Button>
    </Stack>
  );
}
