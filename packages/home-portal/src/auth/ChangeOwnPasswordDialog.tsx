import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { PasswordChecklist } from '../configuration/password-policies/PasswordChecklist';
import { useStaffPasswordPolicy } from '../configuration/password-policies/passwordPolicyRules';
import { newPasswordProblems } from '../configuration/users/staffUserValidation';
import { asErrorLike, splitSaveError } from '../forms/serverErrors';
import { ChangeStaffPasswordDocument } from './viewer.generated';
import { useSignedInViewer } from './viewerContext';

/**
 * The signed-in staff member changes their own password with the current one (wrong ones count
 * toward the sign-in lock); every other session of theirs ends, this one stays.
 */
export function ChangeOwnPasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('ownPassword.title')}>
      {opened && <ChangeOwnPasswordForm onClose={onClose} />}
    </Modal>
  );
}

function ChangeOwnPasswordForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const policy = useStaffPasswordPolicy();
  const schema = useMemo(
    () =>
      z.object({ currentPassword: z.string(), newPassword: z.string(), repeatedPassword: z.string() }).check(
        z.superRefine((values, context) => {
          if (!values.currentPassword)
            context.addIssue({
              code: 'custom',
              message: t('ownPassword.currentRequired'),
              path: ['currentPassword'],
              input: values.currentPassword,
            });
          const problems = newPasswordProblems(values.newPassword, values.repeatedPassword, viewer.username, policy, t);
          if (problems.password)
            context.addIssue({ code: 'custom', message: problems.password, path: ['newPassword'], input: values.newPassword });
          if (problems.repeated)
            context.addIssue({ code: 'custom', message: problems.repeated, path: ['repeatedPassword'], input: values.repeatedPassword });
        }),
      ),
    [t, viewer.username, policy],
  );
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', repeatedPassword: '' },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [alert, setAlert] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangeStaffPasswordDocument);

  const handleSubmit = form.onSubmit(async (values) => {
    setAlert(null);
    try {
      await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      notifications.show({ color: 'green', message: t('ownPassword.changed') });
      onClose();
    } catch (error) {
      const failure = splitSaveError(asErrorLike(error), ['currentPassword', 'newPassword'], t);
      form.setErrors(failure.fieldErrors);
      setAlert(failure.alert);
    }
  });

  const toggle = { 'aria-label': t('signIn.togglePasswordVisibility') };
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('ownPassword.text')}</Text>
        <PasswordInput
          label={t('ownPassword.current')}
          withAsterisk
          autoComplete="current-password"
          data-autofocus
          visibilityToggleButtonProps={toggle}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('users.newPassword')}
          withAsterisk
          autoComplete="new-password"
          visibilityToggleButtonProps={toggle}
          {...form.getInputProps('newPassword')}
        />
        <PasswordChecklist password={form.values.newPassword} policy={policy} username={viewer.username} />
        <PasswordInput
          label={t('users.repeatPassword')}
          withAsterisk
          autoComplete="new-password"
          visibilityToggleButtonProps={toggle}
          {...form.getInputProps('repeatedPassword')}
        />
        {alert && (
          <Alert color="red" title={t('ownPassword.failed')}>
            {alert}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('ownPassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
