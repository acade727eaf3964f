import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { asErrorLike, splitSaveError } from '../../forms/serverErrors';
import { SetStaffUserPasswordDocument, type StaffUserRowFragment } from './users.generated';
import { PasswordChecklist } from '../password-policies/PasswordChecklist';
import { useStaffPasswordPolicy } from '../password-policies/passwordPolicyRules';
import { newPasswordProblems } from './staffUserValidation';

interface SetPasswordDialogProps {
  user: StaffUserRowFragment | null;
  onClose: () => void;
}

/** Sets a new password for a user; the API ends all of the user's sessions. */
export function SetPasswordDialog({ user, onClose }: SetPasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={user !== null} onClose={onClose} title={user ? t('users.setPasswordTitle', { name: user.fullName }) : ''}>
      {user && <SetPasswordForm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function SetPasswordForm({ user, onClose }: { user: StaffUserRowFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const policy = useStaffPasswordPolicy();
  const schema = useMemo(
    () =>
      z.object({ password: z.string(), repeatedPassword: z.string() }).check(
        z.superRefine((values, context) => {
          const problems = newPasswordProblems(values.password, values.repeatedPassword, user.username, policy, t);
          if (problems.password)
            context.addIssue({ code: 'custom', message: problems.password, path: ['password'], input: values.password });
          if (problems.repeated)
            context.addIssue({ code: 'custom', message: problems.repeated, path: ['repeatedPassword'], input: values.repeatedPassword });
        }),
      ),
    [t, user.username, policy],
  );
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', repeatedPassword: '' },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [alert, setAlert] = useState<string | null>(null);
  const [setPassword, { loading }] = useMutation(SetStaffUserPasswordDocument);

  const handleSubmit = form.onSubmit(async (values) => {
    setAlert(null);
    try {
      await setPassword({ variables: { id: user.id, password: values.password } });
      notifications.show({ color: 'green', message: t('users.passwordSet', { name: user.fullName }) });
      onClose();
    } catch (error) {
      const failure = splitSaveError(asErrorLike(error), ['password'], t);
      form.setErrors(failure.fieldErrors);
      setAlert(failure.alert);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('users.setPasswordText')}</Text>
        <PasswordInput
          label={t('users.newPassword')}
          withAsterisk
          autoComplete="new-password"
          data-autofocus
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.togglePasswordVisibility') }}
          {...form.getInputProps('password')}
        />
        <PasswordChecklist password={form.values.password} policy={policy} username={user.username} />
        <PasswordInput
          label={t('users.repeatPassword')}
          withAsterisk
          autoComplete="new-password"
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.togglePasswordVisibility') }}
          {...form.getInputProps('repeatedPassword')}
        />
        {alert && (
          <Alert color="red" title={t('users.setPasswordFailed')}>
            {alert}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('users.setPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
