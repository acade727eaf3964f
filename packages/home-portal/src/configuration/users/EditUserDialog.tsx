import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { firstProblem } from '../../forms/zodChecks';
import { UpdateStaffUserDocument, type StaffUserRowFragment, type UserGroupOptionsQuery } from './users.generated';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { useVersionedSave, versionedMutation, type ComparedField, type VersionedValues } from '../../kit/useVersionedSave';
import { groupChoices } from './managementRefusal';
import { emailProblem, fullNameProblem } from './staffUserValidation';

interface EditUserValues {
  fullName: string;
  email: string;
  groupId: string;
  active: boolean;
}

const editUserFields = ['fullName', 'email', 'groupId', 'active'] as const;

function editUserValues(user: StaffUserRowFragment): EditUserValues {
  return { fullName: user.fullName, email: user.email ?? '', groupId: user.groupId, active: user.active };
}

interface EditUserDialogProps {
  user: StaffUserRowFragment | null;
  /** The signed-in user cannot deactivate themselves. */
  isViewer: boolean;
  groups: UserGroupOptionsQuery['userGroups'];
  onClose: () => void;
  refetchUser: (id: string) => Promise<StaffUserRowFragment | null>;
}

/** Edits a user's name, e-mail, group and whether the account is active (deactivating ends the user's sessions). */
export function EditUserDialog({ user, isViewer, groups, onClose, refetchUser }: EditUserDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('users.editTitle', { name: user.fullName }) : ''}
      size="lg"
      fullScreen={fullScreen}
    >
      {user && <EditUserForm key={user.id} user={user} isViewer={isViewer} groups={groups} onClose={onClose} refetchUser={refetchUser} />}
    </Modal>
  );
}

function EditUserForm({ user, isViewer, groups, onClose, refetchUser }: EditUserDialogProps & { user: StaffUserRowFragment }) {
  const { t } = useTranslation();
  const stored = useMemo<VersionedValues<EditUserValues>>(() => ({ values: editUserValues(user), version: user.version }), [user]);
  const schema = useMemo(
    () =>
      z.object({
        fullName: z.string().check(firstProblem<string>((value) => fullNameProblem(value, t))),
        email: z.string().check(firstProblem<string>((value) => emailProblem(value, t))),
        groupId: z.string(),
        active: z.boolean(),
      }),
    [t],
  );
  const form = useForm<EditUserValues>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const groupName = (groupId: string) => groups.find((group) => group.id === groupId)?.name ?? groupId;
  const comparedFields: ComparedField<EditUserValues>[] = [
    { path: 'fullName', label: t('users.fullName'), display: (values) => values.fullName.trim() },
    { path: 'email', label: t('users.email'), display: (values) => values.email.trim() || t('users.noEmail') },
    { path: 'groupId', label: t('users.group'), display: (values) => groupName(values.groupId) },
    { path: 'active', label: t('users.active'), display: (values) => (values.active ? t('common.yes') : t('common.no')) },
  ];
  const versioned = useVersionedSave<EditUserValues>({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      const fresh = await refetchUser(user.id);
      return fresh ? { values: editUserValues(fresh), version: fresh.version } : null;
    },
    mutation: versionedMutation(UpdateStaffUserDocument, {
      variables: (values, version) => ({
        input: {
          id: user.id,
          version,
          fullName: values.fullName.trim(),
          email: values.email.trim() || null,
          groupId: values.groupId,
          active: values.active,
        },
      }),
      saved: (data) => ({ values: editUserValues(data.updateStaffUser), version: data.updateStaffUser.version }),
    }),
    formFields: editUserFields,
    onSaved: (values) => {
      notifications.show({ color: 'green', message: t('users.saved', { name: values.fullName.trim() }) });
      onClose();
    },
  });

  return (
    <form onSubmit={versioned.handleSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('users.username')} value={user.username} readOnly variant="filled" />
          <TextInput label={t('users.fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
          <TextInput type="email" label={t('users.email')} autoComplete="off" {...form.getInputProps('email')} />
          <Select
            label={t('users.group')}
            withAsterisk
            data={groupChoices(groups, user.groupId, t)}
            disabled={isViewer}
            description={
              isViewer
                ? t('users.ownGroupFixed')
                : groups.some((group) => !group.assignable.allowed)
                  ? t('users.someGroupsUnavailable')
                  : undefined
            }
            allowDeselect={false}
            {...form.getInputProps('groupId')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('users.active')}
          description={isViewer ? t('users.cannotDeactivateSelf') : t('users.activeDescription')}
          disabled={isViewer}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        {/* Beside Save, where the user is looking when a save is refused. */}
        <ConflictAlert versioned={versioned} />
        {versioned.alert && (
          <Alert color="red" title={t('users.saveFailed')}>
            {versioned.alert}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={versioned.saving} disabled={!versioned.dirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
