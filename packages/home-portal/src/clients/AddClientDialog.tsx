import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFullScreenDialog } from '../app/useFullScreenDialog';
import { asErrorLike, splitSaveError } from '../forms/serverErrors';
import { CreateClientDocument, type ClientListItemFragment } from './clients.generated';
import {
  clientIdentificationFields,
  clientIdentificationSchema,
  identificationInput,
  type ClientIdentificationValues,
} from './clientIdentification';
import { ClientIdentificationFields } from './ClientIdentificationFields';

interface AddClientDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the new client once it is stored. */
  onCreated: (client: ClientListItemFragment) => void;
}

const emptyClient: ClientIdentificationValues = { username: '', name: '', status: 'POTENTIAL', email: '' };

/** "Add client": Identification Data of a new client; its System Account starts assigned to status. */
export function AddClientDialog({ opened, onClose, onCreated }: AddClientDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const schema = useMemo(() => clientIdentificationSchema(t), [t]);
  const form = useForm<ClientIdentificationValues>({
    mode: 'controlled',
    initialValues: emptyClient,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [alert, setAlert] = useState<string | null>(null);
  const [createClient, { loading }] = useMutation(CreateClientDocument, {
    update(cache) {
      // Every cached page of the list may now be missing the new client: ask again when shown.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.gc();
    },
  });

  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };

  const handleSubmit = form.onSubmit(async (values) => {
    setAlert(null);
    try {
      const { data } = await createClient({ variables: { input: identificationInput(values) } });
      if (!data) return;
      notifications.show({ color: 'green', message: t('addClient.created', { name: data.createClient.name }) });
      form.reset();
      onCreated(data.createClient);
    } catch (error) {
      const failure = splitSaveError(asErrorLike(error), clientIdentificationFields, t);
      form.setErrors(failure.fieldErrors);
      setAlert(failure.alert);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('addClient.title')} size="lg" fullScreen={fullScreen}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <ClientIdentificationFields form={form} autoFocus />
          {alert && (
            <Alert color="red" title={t('addClient.failed')}>
              {alert}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('addClient.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
