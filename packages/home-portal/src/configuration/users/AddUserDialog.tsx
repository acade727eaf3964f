import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { asErrorLike, splitSaveError } from '../../forms/serverErrors';
import { CreateStaffUserDocument, type UserGroupOptionsQuery } from './users.generated';
import { groupChoices } from './managementRefusal';
import { PasswordChecklist } from '../password-policies/PasswordChecklist';
import { useStaffPasswordPolicy } from '../password-policies/passwordPolicyRules';
import { emailProblem, fullNameProblem, newPasswordProblems, staffUsernameProblem } from './staffUserValidation';

interface AddUserValues {
  username: string;
  fullName: string;
  email: string;
  groupId: string | null;
  password: string;
  repeatedPassword: string;
}

const emptyUser: AddUserValues = { username: '', fullName: '', email: '', groupId: null, password: '', repeatedPassword: '' };
const addUserFields = ['username', 'fullName', 'email', 'groupId', 'password'] as const;

interface AddUserDialogProps {
  opened: boolean;
  onClose: () => void;
  groups: UserGroupOptionsQuery['userGroups'];
}

/** Adds a Home Portal user with a first password; the user signs in with it right away. */
export function AddUserDialog({ opened, onClose, groups }: AddUserDialogProps) {
  const { t } = useTranslation();
  const policy = useStaffPasswordPolicy();
  const fullScreen = useFullScreenDialog();
  const schema = useMemo(
    () =>
      z
        .object({
          username: z.string(),
          fullName: z.string(),
          email: z.string(),
          groupId: z.nullable(z.string()),
          password: z.string(),
          repeatedPassword: z.string(),
        })
        .check(
          z.superRefine((values, context) => {
            const issue = (path: keyof AddUserValues, message: string | null) => {
              if (message) context.addIssue({ code: 'custom', message, path: [path], input: values[path] });
            };
            issue('username', staffUsernameProblem(values.username, t));
            issue('fullName', fullNameProblem(values.fullName, t));
            issue('email', emailProblem(values.email, t));
            issue('groupId', values.groupId ? null : t('users.validation.groupRequired'));
            const passwords = newPasswordProblems(values.password, values.repeatedPassword, values.username, policy, t);
            issue('password', passwords.password);
            issue('repeatedPassword', passwords.repeated);
          }),
        ),
    [t, policy],
  );
  const form = useForm<AddUserValues>({
    mode: 'controlled',
    initialValues: emptyUser,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [alert, setAlert] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(CreateStaffUserDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        fields: {
          staffUsers(existing: readonly Reference[] = [], { toReference, readField }) {
            const added = toReference(data.createStaffUser);
            if (!added) return existing;
            const name = (reference: Reference) => String(readField('fullName', reference) ?? '');
            return [...existing, added].sort((a, b) => name(a).localeCompare(name(b)));
          },
        },
      });
    },
  });

  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };

  const handleSubmit = form.onSubmit(async (values) => {
    setAlert(null);
    if (!values.groupId) return;
    try {
      await createUser({
        variables: {
          input: {
            username: values.username.trim(),
            fullName: values.fullName.trim(),
            email: values.email.trim() || null,
            groupId: values.groupId,
            password: values.password,
          },
        },
      });
      notifications.show({ color: 'green', message: t('users.created', { name: values.fullName.trim() }) });
      close();
    } catch (error) {
      const failure = splitSaveError(asErrorLike(error), addUserFields, t);
      form.setErrors(failure.fieldErrors);
      setAlert(failure.alert);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.addTitle')} size="lg" fullScreen={fullScreen}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('users.username')}
              description={t('users.usernameDescription')}
              withAsterisk
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              data-autofocus
              {...form.getInputProps('username')}
            />
            <TextInput label={t('users.fullName')} withAsterisk autoComplete="off" {...form.getInputProps('fullName')} />
            <TextInput type="email" label={t('users.email')} autoComplete="off" {...form.getInputProps('email')} />
            <Select
              label={t('users.group')}
              withAsterisk
              data={groupChoices(groups, null, t)}
              description={groups.some((group) => !group.assignable.allowed) ? t('users.someGroupsUnavailable') : undefined}
              allowDeselect={false}
              {...form.getInputProps('groupId')}
            />
            <PasswordInput
              label={t('users.password')}
              withAsterisk
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.togglePasswordVisibility') }}
              {...form.getInputProps('password')}
            />
            <PasswordChecklist password={form.values.password} policy={policy} username={form.values.username} />
            <PasswordInput
              label={t('users.repeatPassword')}
              withAsterisk
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.togglePasswordVisibility') }}
              {...form.getInputProps('repeatedPassword')}
            />
          </SimpleGrid>
          {alert && (
            <Alert color="red" title={t('users.saveFailed')}>
              {alert}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
