import { Alert, Button, Group, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateClientIdentificationDocument, type ClientProfileFragment } from '../profile/clientProfile.generated';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { useVersionedSave, versionedMutation, type ComparedField, type VersionedValues } from '../../kit/useVersionedSave';
import {
  clientIdentificationFields,
  clientIdentificationSchema,
  identificationInput,
  identificationValues,
  type ClientIdentificationValues,
} from '../clientIdentification';
import { ClientIdentificationFields } from '../ClientIdentificationFields';

interface IdentificationDataTabProps {
  client: ClientProfileFragment;
  /** Reads the client from the server again (after a conflict). */
  refetch: () => Promise<ClientProfileFragment | null>;
  /** True without the right to edit clients. */
  readOnly: boolean;
}

function storedIdentification(client: ClientProfileFragment): VersionedValues<ClientIdentificationValues> {
  return { values: identificationValues(client), version: client.version };
}

/** The Identification Data subtab: ID, name, status and e-mail, saved with the version they were loaded at. */
export function IdentificationDataTab({ client, refetch, readOnly }: IdentificationDataTabProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => clientIdentificationSchema(t), [t]);
  const stored = useMemo(() => storedIdentification(client), [client]);
  const form = useForm<ClientIdentificationValues>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const comparedFields = useMemo<ComparedField<ClientIdentificationValues>[]>(
    () => [
      { path: 'username', label: t('clientForm.id'), display: (values) => values.username.trim() },
      { path: 'name', label: t('clientForm.name'), display: (values) => values.name.trim() },
      { path: 'status', label: t('clientForm.status'), display: (values) => t(`clients.status.${values.status}`) },
      { path: 'email', label: t('clientForm.email'), display: (values) => values.email.trim() || t('clientForm.noEmail') },
    ],
    [t],
  );
  const versioned = useVersionedSave<ClientIdentificationValues>({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      const fresh = await refetch();
      return fresh ? storedIdentification(fresh) : null;
    },
    mutation: versionedMutation(UpdateClientIdentificationDocument, {
      variables: (values, version) => ({ input: { id: client.id, version, ...identificationInput(values) } }),
      saved: (data) => storedIdentification(data.updateClientIdentification),
      // Name and status decide the order and filters of the clients list.
      evictLists: ['clients'],
    }),
    // The profile's tabs stay mounted and keep what was typed: moving between them does not ask.
    guardScope: `/clients/${client.id}`,
    formFields: clientIdentificationFields,
    onSaved: () => notifications.show({ color: 'green', message: t('identification.saved') }),
  });

  return (
    <Stack gap="md">
      <form onSubmit={versioned.handleSubmit} noValidate>
        <Stack gap="lg">
          <ClientIdentificationFields form={form} readOnly={readOnly} />
          {/* Beside Save, where the user is looking when a save is refused. */}
          <ConflictAlert versioned={versioned} />
          {versioned.alert && (
            <Alert color="red" title={t('identification.saveFailed')}>
              {versioned.alert}
            </Alert>
          )}
          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" disabled={!versioned.dirty || versioned.saving} onClick={versioned.discardChanges}>
                {t('common.discardChanges')}
              </Button>
              <Button type="submit" loading={versioned.saving} disabled={!versioned.dirty}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
