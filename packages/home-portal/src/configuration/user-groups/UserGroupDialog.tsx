import type { Reference } from '@apollo/client';
import { Alert, Button, Checkbox, Fieldset, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { firstProblem } from '../../forms/zodChecks';
import { CreateUserGroupDocument, UpdateUserGroupDocument, type SpecialRight, type UserGroupFieldsFragment } from '../../gql/graphql';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { useVersionedSave, versionedMutation, type ComparedField, type VersionedValues } from '../../kit/useVersionedSave';
import { RightsMatrix } from '../RightsMatrix';
import { refusalText } from '../users/managementRefusal';
import { useSignedInViewer } from '../../auth/viewerContext';
import {
  domainOptions,
  specialRights,
  staffActionOptions,
  userGroupMatrix,
  userGroupRightsInput,
  type UserGroupMatrix,
} from './userGroupRights';

export interface UserGroupValues {
  name: string;
  rights: UserGroupMatrix;
  specialRights: SpecialRight[];
}

export type UserGroupDialogMode = { kind: 'add' } | { kind: 'edit'; group: UserGroupFieldsFragment };

interface UserGroupDialogProps {
  mode: UserGroupDialogMode | null;
  mayEdit: boolean;
  onClose: () => void;
  refetchGroup: (id: string) => Promise<UserGroupFieldsFragment | null>;
}

function userGroupValues(group: UserGroupFieldsFragment | null, t: TFunction): UserGroupValues {
  if (!group) return { name: '', rights: userGroupMatrix(null, t), specialRights: [] };
  return {
    name: group.name,
    rights: userGroupMatrix(group, t),
    specialRights: group.isAdministrators ? [...specialRights] : [...group.specialRights],
  };
}

const userGroupFields = ['name', 'rights', 'specialRights'] as const;

/** Add or edit a user group: name, the domain × action matrix and the special rights. The Administrators group is shown read-only. */
export function UserGroupDialog({ mode, mayEdit, onClose, refetchGroup }: UserGroupDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  let title = t('userGroups.addTitle');
  if (mode?.kind === 'edit')
    title = mayEdit && mode.group.editable.allowed ? t('userGroups.editTitle', { name: mode.group.name }) : mode.group.name;
  return (
    <Modal opened={mode !== null} onClose={onClose} title={title} size="xl" fullScreen={fullScreen}>
      {mode?.kind === 'add' && <UserGroupForm key="add" group={null} mayEdit onClose={onClose} refetchGroup={refetchGroup} />}
      {mode?.kind === 'edit' && (
        <UserGroupForm key={mode.group.id} group={mode.group} mayEdit={mayEdit} onClose={onClose} refetchGroup={refetchGroup} />
      )}
    </Modal>
  );
}

interface UserGroupFormProps {
  group: UserGroupFieldsFragment | null;
  mayEdit: boolean;
  onClose: () => void;
  refetchGroup: (id: string) => Promise<UserGroupFieldsFragment | null>;
}

function UserGroupForm({ group, mayEdit, onClose, refetchGroup }: UserGroupFormProps) {
  const { t } = useTranslation();
  const domains = useMemo(() => domainOptions(t), [t]);
  const actions = useMemo(() => staffActionOptions(t), [t]);
  const stored = useMemo<VersionedValues<UserGroupValues>>(
    () => ({ values: userGroupValues(group, t), version: group?.version ?? 0 }),
    [group, t],
  );
  const schema = useMemo(
    () =>
      z.object({
        name: z.string().check(
          firstProblem<string>((name) => {
            if (name.trim() === '') return t('userGroups.nameRequired');
            if (name.trim().length > 100) return t('userGroups.nameTooLong');
            return null;
          }),
        ),
      }),
    [t],
  );
  const form = useForm<UserGroupValues>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const comparedFields = useMemo<ComparedField<UserGroupValues>[]>(
    () => [
      { path: 'name', label: t('userGroups.name'), display: (values) => values.name.trim() },
      ...domains.map((domain) => ({
        path: `rights.${domain.value}`,
        label: domain.label,
        display: (values: UserGroupValues) =>
          actions
            .filter((action) => values.rights[domain.value].includes(action.value))
            .map((action) => action.label)
            .join(', ') || t('rightsMatrix.noRights'),
      })),
      {
        path: 'specialRights',
        label: t('userGroups.specialRights'),
        display: (values) =>
          values.specialRights.map((right) => t(`userGroups.specialRightLabels.${right}`)).join(', ') || t('rightsMatrix.noRights'),
      },
    ],
    [t, domains, actions],
  );
  const groupInput = (values: UserGroupValues) => ({
    name: values.name.trim(),
    rights: userGroupRightsInput(values.rights),
    specialRights: values.specialRights,
  });
  const versioned = useVersionedSave<UserGroupValues>({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      if (!group) return null;
      const fresh = await refetchGroup(group.id);
      return fresh ? { values: userGroupValues(fresh, t), version: fresh.version } : null;
    },
    mutation: group
      ? versionedMutation(UpdateUserGroupDocument, {
          variables: (values, version) => ({ input: { ...groupInput(values), id: group.id, version } }),
          saved: (data) => ({ values: userGroupValues(data.updateUserGroup, t), version: data.updateUserGroup.version }),
        })
      : versionedMutation(CreateUserGroupDocument, {
          variables: (values) => ({ input: groupInput(values) }),
          saved: (data) => ({ values: userGroupValues(data.createUserGroup, t), version: data.createUserGroup.version }),
          updateCache: (cache, data) =>
            cache.modify({
              fields: {
                userGroups(existing: readonly Reference[] = [], { toReference, readField }) {
                  const added = toReference(data.createUserGroup);
                  if (!added) return existing;
                  const name = (reference: Reference) => String(readField('name', reference) ?? '');
                  return [...existing, added].sort((a, b) => name(a).localeCompare(name(b)));
                },
              },
            }),
        }),
    formFields: userGroupFields,
    onSaved: (values) => {
      notifications.show({ color: 'green', message: t(group ? 'userGroups.saved' : 'userGroups.created', { name: values.name.trim() }) });
      onClose();
    },
  });

  const administrators = group?.isAdministrators ?? false;
  const refusal = group ? refusalText(group.editable, t) : null;
  const readOnly = !mayEdit || administrators || refusal !== null;
  // Nobody grants what they do not hold: rights the viewer's own group lacks cannot be ticked.
  const viewer = useSignedInViewer();
  const holds = (right: string) => viewer.rights.includes(right) || viewer.specialRights.some((special) => special === right);
  const lacksSome =
    !readOnly &&
    (domains.some((domain) => actions.some((action) => !holds(`${domain.value}:${action.value}`))) ||
      specialRights.some((right) => !holds(right)));

  return (
    <form onSubmit={versioned.handleSubmit} noValidate>
      <Stack gap="md">
        {administrators && (
          <Alert color="blue" title={t('userGroups.administratorsTitle')}>
            {t('userGroups.administratorsText')}
          </Alert>
        )}
        {!administrators && refusal && mayEdit && (
          <Alert color="gray" title={t('userGroups.readOnlyTitle')}>
            {refusal}
          </Alert>
        )}
        <ConflictAlert versioned={versioned} />
        <TextInput
          label={t('userGroups.name')}
          withAsterisk={!readOnly}
          readOnly={readOnly}
          variant={readOnly ? 'filled' : 'default'}
          data-autofocus={readOnly ? undefined : true}
          maw={480}
          {...form.getInputProps('name')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('userGroups.rightsTitle')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('userGroups.rightsDescription')}
          </Text>
        </Stack>
        <RightsMatrix
          label={t('userGroups.rightsTitle')}
          rowHeader={t('userGroups.domain')}
          rows={domains}
          columns={actions}
          value={form.values.rights}
          onChange={(rights) => form.setFieldValue('rights', rights)}
          readOnly={readOnly}
          isLocked={(domain, action) => !holds(`${domain}:${action}`)}
        />
        {lacksSome && (
          <Text size="xs" c="dimmed">
            {t('userGroups.onlyYourRights')}
          </Text>
        )}
        {form.errors.rights && (
          <Text size="sm" c="red">
            {form.errors.rights}
          </Text>
        )}
        <Fieldset legend={t('userGroups.specialRights')} disabled={readOnly}>
          <Stack gap="xs">
            {specialRights.map((right) => (
              <Checkbox
                key={right}
                label={t(`userGroups.specialRightLabels.${right}`)}
                description={t(`userGroups.specialRightDescriptions.${right}`)}
                checked={form.values.specialRights.includes(right)}
                disabled={!holds(right)}
                onChange={(event) => {
                  const granted = event.currentTarget.checked;
                  form.setFieldValue(
                    'specialRights',
                    specialRights.filter((candidate) => (candidate === right ? granted : form.values.specialRights.includes(candidate))),
                  );
                }}
              />
            ))}
          </Stack>
        </Fieldset>
        {form.errors.specialRights && (
          <Text size="sm" c="red">
            {form.errors.specialRights}
          </Text>
        )}
        {versioned.alert && (
          <Alert color="red" title={t('userGroups.saveFailed')}>
            {versioned.alert}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {readOnly ? t('common.close') : t('common.cancel')}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={versioned.saving} disabled={group !== null && !versioned.dirty}>
              {group ? t('common.save') : t('userGroups.create')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
