import type { Reference } from '@apollo/client';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { firstProblem } from '../../forms/zodChecks';
import { CreateClientGroupDocument, UpdateClientGroupDocument, type ClientGroupFieldsFragment } from '../../gql/graphql';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { useVersionedSave, versionedMutation, type ComparedField, type VersionedValues } from '../../kit/useVersionedSave';
import { RightsMatrix } from '../RightsMatrix';
import { areaOptions, clientActionOptions, clientGroupMatrix, clientGroupRightsInput, type ClientGroupMatrix } from './clientGroupRights';

export interface ClientGroupValues {
  name: string;
  accessAllowed: boolean;
  rights: ClientGroupMatrix;
}

/** What the dialog does: add a group (maybe prefilled, for "Duplicate"), or show and edit one. */
export type ClientGroupDialogMode = { kind: 'add'; prefill: ClientGroupValues | null } | { kind: 'edit'; group: ClientGroupFieldsFragment };

interface ClientGroupDialogProps {
  mode: ClientGroupDialogMode | null;
  /** False: the group is only shown (no right to edit client groups). */
  mayEdit: boolean;
  onClose: () => void;
  /** Reads the groups from the server again and returns this one as stored now (after a conflict). */
  refetchGroup: (id: string) => Promise<ClientGroupFieldsFragment | null>;
}

export function clientGroupValues(group: ClientGroupFieldsFragment, t: TFunction): ClientGroupValues {
  return { name: group.name, accessAllowed: group.accessAllowed, rights: clientGroupMatrix(group.rights, t) };
}

const clientGroupFields = ['name', 'accessAllowed', 'rights'] as const;

/** Add or edit a client group: name, "Access Allowed" and the Client Portal rights matrix. */
export function ClientGroupDialog({ mode, mayEdit, onClose, refetchGroup }: ClientGroupDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  let title = t('clientGroups.addTitle');
  if (mode?.kind === 'edit') title = mayEdit ? t('clientGroups.editTitle', { name: mode.group.name }) : mode.group.name;
  return (
    <Modal opened={mode !== null} onClose={onClose} title={title} size="xl" fullScreen={fullScreen}>
      {mode?.kind === 'add' && (
        <ClientGroupForm key="add" group={null} prefill={mode.prefill} mayEdit onClose={onClose} refetchGroup={refetchGroup} />
      )}
      {mode?.kind === 'edit' && (
        <ClientGroupForm
          key={mode.group.id}
          group={mode.group}
          prefill={null}
          mayEdit={mayEdit}
          onClose={onClose}
          refetchGroup={refetchGroup}
        />
      )}
    </Modal>
  );
}

interface ClientGroupFormProps {
  group: ClientGroupFieldsFragment | null;
  prefill: ClientGroupValues | null;
  mayEdit: boolean;
  onClose: () => void;
  refetchGroup: (id: string) => Promise<ClientGroupFieldsFragment | null>;
}

function ClientGroupForm({ group, prefill, mayEdit, onClose, refetchGroup }: ClientGroupFormProps) {
  const { t } = useTranslation();
  const areas = useMemo(() => areaOptions(t), [t]);
  const actions = useMemo(() => clientActionOptions(t), [t]);
  const emptyValues = useMemo<ClientGroupValues>(() => ({ name: '', accessAllowed: true, rights: clientGroupMatrix([], t) }), [t]);
  const stored = useMemo<VersionedValues<ClientGroupValues>>(
    () => (group ? { values: clientGroupValues(group, t), version: group.version } : { values: prefill ?? emptyValues, version: 0 }),
    [group, prefill, emptyValues, t],
  );
  const schema = useMemo(
    () =>
      z.object({
        name: z.string().check(
          firstProblem<string>((name) => {
            if (name.trim() === '') return t('clientGroups.nameRequired');
            if (name.trim().length > 100) return t('clientGroups.nameTooLong');
            return null;
          }),
        ),
        accessAllowed: z.boolean(),
      }),
    [t],
  );
  const form = useForm<ClientGroupValues>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const comparedFields = useMemo<ComparedField<ClientGroupValues>[]>(
    () => [
      { path: 'name', label: t('clientGroups.name'), display: (values) => values.name.trim() },
      {
        path: 'accessAllowed',
        label: t('clientGroups.accessAllowed'),
        display: (values) => (values.accessAllowed ? t('common.yes') : t('common.no')),
      },
      ...areas.map((area) => ({
        path: `rights.${area.value}`,
        label: area.label,
        display: (values: ClientGroupValues) =>
          actions
            .filter((action) => values.rights[area.value].includes(action.value))
            .map((action) => action.label)
            .join(', ') || t('rightsMatrix.noRights'),
      })),
    ],
    [t, areas, actions],
  );
  const groupInput = (values: ClientGroupValues) => ({
    name: values.name.trim(),
    accessAllowed: values.accessAllowed,
    rights: clientGroupRightsInput(values.rights),
  });
  const versioned = useVersionedSave<ClientGroupValues>({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      if (!group) return null;
      const fresh = await refetchGroup(group.id);
      return fresh ? { values: clientGroupValues(fresh, t), version: fresh.version } : null;
    },
    mutation: group
      ? versionedMutation(UpdateClientGroupDocument, {
          variables: (values, version) => ({ input: { ...groupInput(values), id: group.id, version } }),
          saved: (data) => ({ values: clientGroupValues(data.updateClientGroup, t), version: data.updateClientGroup.version }),
        })
      : versionedMutation(CreateClientGroupDocument, {
          variables: (values) => ({ input: groupInput(values) }),
          saved: (data) => ({ values: clientGroupValues(data.createClientGroup, t), version: data.createClientGroup.version }),
          updateCache: (cache, data) =>
            cache.modify({
              fields: {
                clientGroups(existing: readonly Reference[] = [], { toReference, readField }) {
                  const added = toReference(data.createClientGroup);
                  if (!added) return existing;
                  const name = (reference: Reference) => String(readField('name', reference) ?? '');
                  return [...existing, added].sort((a, b) => name(a).localeCompare(name(b)));
                },
              },
            }),
        }),
    formFields: clientGroupFields,
    onSaved: (values) => {
      notifications.show({
        color: 'green',
        message: t(group ? 'clientGroups.saved' : 'clientGroups.created', { name: values.name.trim() }),
      });
      onClose();
    },
  });

  const builtIn = group?.builtIn ?? false;
  const readOnly = !mayEdit;

  return (
    <form onSubmit={versioned.handleSubmit} noValidate>
      <Stack gap="md">
        <ConflictAlert versioned={versioned} />
        <TextInput
          label={t('clientGroups.name')}
          description={builtIn ? t('clientGroups.builtInNameDescription') : undefined}
          withAsterisk={!builtIn && !readOnly}
          readOnly={builtIn || readOnly}
          variant={builtIn || readOnly ? 'filled' : 'default'}
          data-autofocus={!builtIn && !readOnly ? true : undefined}
          maw={480}
          {...form.getInputProps('name')}
        />
        <Checkbox
          label={t('clientGroups.accessAllowed')}
          description={t('clientGroups.accessAllowedDescription')}
          disabled={readOnly}
          {...form.getInputProps('accessAllowed', { type: 'checkbox' })}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="client-group-rights-label">
            {t('clientGroups.rightsTitle')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('clientGroups.rightsDescription')}
          </Text>
        </Stack>
        <RightsMatrix
          label={t('clientGroups.rightsTitle')}
          rowHeader={t('clientGroups.area')}
          rows={areas}
          columns={actions}
          value={form.values.rights}
          onChange={(rights) => form.setFieldValue('rights', rights)}
          readOnly={readOnly}
        />
        {form.errors.rights && (
          <Text size="sm" c="red">
            {form.errors.rights}
          </Text>
        )}
        {versioned.alert && (
          <Alert color="red" title={t('clientGroups.saveFailed')}>
            {versioned.alert}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {readOnly ? t('common.close') : t('common.cancel')}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={versioned.saving} disabled={group !== null && !versioned.dirty}>
              {group ? t('common.save') : t('clientGroups.create')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
