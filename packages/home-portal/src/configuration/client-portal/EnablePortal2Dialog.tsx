import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/graphqlErrors';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { apiErrors, asErrorLike } from '../../forms/serverErrors';
import { EnableClientPortal2Document } from './clientPortalSettings.generated';

interface EnablePortal2DialogProps {
  opened: boolean;
  /** Whether the previous portal has customization that will be discarded. */
  hasClassicCustomization: boolean;
  onClose: () => void;
  /** Reads the settings again (after another administrator enabled 2.0 first). */
  onAlreadyEnabled: () => void;
}

/**
 * Confirms the one-way switch to Client Portal 2.0, saying exactly what is reset (the previous
 * portal, its customization, the branding) and what is kept (clients, accounts, groups, records).
 */
export function EnablePortal2Dialog({ opened, hasClassicCustomization, onClose, onAlreadyEnabled }: EnablePortal2DialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const [understood, setUnderstood] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [enable, { loading }] = useMutation(EnableClientPortal2Document);

  const close = () => {
    setUnderstood(false);
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    setFailure(null);
    try {
      await enable();
      notifications.show({ color: 'green', message: t('portalSettings.enabled2') });
      close();
    } catch (error) {
      const errorLike = asErrorLike(error);
      if (apiErrors(errorLike).some((apiError) => apiError.reason === 'ALREADY_ENABLED')) {
        notifications.show({ color: 'blue', message: t('portalSettings.alreadyEnabled') });
        onAlreadyEnabled();
        close();
        return;
      }
      setFailure(errorMessage(errorLike, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('portalSettings.enable2Title')} size="lg" fullScreen={fullScreen}>
      <Stack gap="md">
        <Text size="sm">{t('portalSettings.enable2Intro')}</Text>
        <Stack gap={6}>
          <Title order={3} size="h5">
            {t('portalSettings.resetTitle')}
          </Title>
          <List size="sm" spacing={4} icon={<IconRefresh size={16} aria-hidden />}>
            <List.Item>{t('portalSettings.resetPrevious')}</List.Item>
            <List.Item>
              {hasClassicCustomization ? t('portalSettings.resetCustomization') : t('portalSettings.resetNoCustomization')}
            </List.Item>
            <List.Item>{t('portalSettings.resetBranding')}</List.Item>
          </List>
        </Stack>
        <Stack gap={6}>
          <Title order={3} size="h5">
            {t('portalSettings.keptTitle')}
          </Title>
          <List size="sm" spacing={4} icon={<IconCheck size={16} aria-hidden />}>
            <List.Item>{t('portalSettings.keptClients')}</List.Item>
            <List.Item>{t('portalSettings.keptGroups')}</List.Item>
            <List.Item>{t('portalSettings.keptRecords')}</List.Item>
          </List>
        </Stack>
        <Text size="sm" fw={500}>
          {t('portalSettings.oneWay')}
        </Text>
        <Checkbox
          label={t('portalSettings.understand')}
          description={t('portalSettings.understandDescription')}
          checked={understood}
          onChange={(event) => setUnderstood(event.currentTarget.checked)}
          data-autofocus
        />
        {failure && (
          <Alert color="red" title={t('portalSettings.enable2Failed')}>
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!understood} loading={loading} onClick={() => void confirm()}>
            {t('portalSettings.enable2Button')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
