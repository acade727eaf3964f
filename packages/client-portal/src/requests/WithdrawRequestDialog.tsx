import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrors } from '../app/graphqlErrors';
import { WithdrawMyRequestDocument } from '../gql/graphql';
import { mutationFailure } from '../work/mutationErrors';
import { requestConflictMessages } from './requestConflicts';

interface WithdrawRequestDialogProps {
  request: { id: string; number: string; name: string; version: number };
  opened: boolean;
  onClose: () => void;
  onWithdrawn: () => void;
  /** Loads the request again after the API said it changed meanwhile (answered, edited elsewhere). */
  onStale: () => void;
}

/** "Withdraw request?": the agency stops working on it; the request and its history stay. */
export function WithdrawRequestDialog({ request, opened, onClose, onWithdrawn, onStale }: WithdrawRequestDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(WithdrawMyRequestDocument);

  const close = () => {
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    setFailure(null);
    try {
      await withdraw({ variables: { id: request.id, version: request.version } });
      onWithdrawn();
    } catch (error) {
      setFailure(mutationFailure(error, t, requestConflictMessages(t)));
      if (apiErrors(error).some((apiError) => apiError.code === 'CONFLICT')) onStale();
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('requests.withdraw.title', { number: request.number })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack gap="md">
        <Text>{t('requests.withdraw.text', { name: request.name })}</Text>
        {failure && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('requests.withdraw.keep')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {t('requests.withdraw.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
