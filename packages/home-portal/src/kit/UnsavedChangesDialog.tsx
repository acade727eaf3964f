import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface UnsavedChangesDialogProps {
  opened: boolean;
  onStay: () => void;
  onLeave: () => void;
}

/** Asks before a navigation takes unsaved changes away (see UnsavedChangesProvider). */
export function UnsavedChangesDialog({ opened, onStay, onLeave }: UnsavedChangesDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onStay}
      title={t('unsavedChanges.title')}
      // Above any dialog whose form holds the changes.
      zIndex={400}
    >
      <Stack gap="md">
        <Text size="sm">{t('unsavedChanges.message')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" data-autofocus onClick={onStay}>
            {t('unsavedChanges.stay')}
          </Button>
          <Button color="red" onClick={onLeave}>
            {t('unsavedChanges.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
