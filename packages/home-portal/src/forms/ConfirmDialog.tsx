import { Alert, Button, Group, Modal, Stack, Text, type MantineColor } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/graphqlErrors';
import { asErrorLike } from './serverErrors';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  message: ReactNode;
  confirmLabel: string;
  color?: MantineColor;
  /** Runs the action; a rejection keeps the dialog open and shows why. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** Turns a failure into what to show; by default the API's message. */
  describeError?: (error: unknown) => ReactNode;
  /** Heads the failure, e.g. "The group was not deleted". */
  failureTitle?: string;
  /** Checks fields placed in `message` first; false keeps the dialog open (the fields say why). */
  validate?: () => boolean;
  /** The action cannot be taken now (the message says why): the confirm button is disabled. */
  confirmDisabled?: boolean;
}

/** Asks before an action that cannot be undone, and shows in place why it failed. */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  color = 'red',
  onConfirm,
  onClose,
  describeError,
  failureTitle,
  validate,
  confirmDisabled = false,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<ReactNode>(null);

  const close = () => {
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    if (validate && !validate()) return;
    setRunning(true);
    setFailure(null);
    try {
      await onConfirm();
      close();
    } catch (error) {
      setFailure(describeError ? describeError(error) : errorMessage(asErrorLike(error), t));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title}>
      <Stack gap="md">
        {typeof message === 'string' ? <Text size="sm">{message}</Text> : message}
        {failure && (
          <Alert color="red" title={failureTitle ?? t('common.actionFailed')}>
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus={confirmDisabled || undefined}>
            {t('common.cancel')}
          </Button>
          <Button
            color={color}
            loading={running}
            disabled={confirmDisabled}
            onClick={() => void confirm()}
            data-autofocus={!confirmDisabled || undefined}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
