import { useMutation } from '@apollo/client/react';
import { Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { DeclineClientRequestDocument } from './requests.generated';
import { useRecordParts } from '../useRecordParts';

/** The API's shortest reason. */
const REASON_MIN = 3;

interface DeclineRequestDialogProps {
  request: { id: string; number: string; clientName: string; version: number };
  opened: boolean;
  onClose: () => void;
}

/** "Decline": asks for the reason the client will read, then declines the request. */
export function DeclineRequestDialog({ request, opened, onClose }: DeclineRequestDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { withFiles } = useRecordParts();
  const [decline] = useMutation(DeclineClientRequestDocument, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clientRequests' });
    },
  });

  const close = () => {
    setReason('');
    setReasonError(null);
    onClose();
  };

  const validate = () => {
    let problem: string | null = null;
    if (reason.trim() === '') problem = t('requests.decline.reasonRequired');
    else if (reason.trim().length < REASON_MIN) problem = t('requests.decline.reasonTooShort', { min: REASON_MIN });
    setReasonError(problem);
    return problem === null;
  };

  return (
    <ConfirmDialog
      opened={opened}
      title={t('requests.decline.title', { number: request.number })}
      confirmLabel={t('requests.decline.confirm')}
      failureTitle={t('requests.decline.failed')}
      validate={validate}
      onClose={close}
      onConfirm={async () => {
        // The version read: if the client edited or withdrew the request meanwhile, the API refuses with CONFLICT.
        await decline({ variables: { id: request.id, reason: reason.trim(), version: request.version, withFiles } });
        notifications.show({ color: 'green', message: t('requests.decline.done', { number: request.number }) });
        setReason('');
      }}
      message={
        <Stack gap="sm">
          <Text size="sm">{t('requests.decline.text', { client: request.clientName })}</Text>
          <Textarea
            label={t('requests.decline.reason')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              if (reasonError) setReasonError(null);
            }}
          />
        </Stack>
      }
    />
  );
}
