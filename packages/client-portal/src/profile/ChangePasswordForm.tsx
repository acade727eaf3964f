import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { apiErrors, errorMessage } from '../app/graphqlErrors';
import { newPasswordSchema } from '../auth/newPasswordSchema';
import { PasswordChecklist } from '../auth/PasswordChecklist';
import { serverPasswordMessage, usePasswordPolicy } from '../auth/passwordRules';
import { ChangeClientPasswordDocument } from '../gql/graphql';

interface ChangePasswordValues {
  currentPassword: string;
  password: string;
  repeatPassword: string;
}

const emptyValues: ChangePasswordValues = { currentPassword: '', password: '', repeatPassword: '' };

/** Current password, then the new one twice, checked by the API's rules as they are typed. */
export function ChangePasswordForm({ username }: { username: string }) {
  const { t } = useTranslation();
  const policy = usePasswordPolicy();
  const [refusedAsCommon, setRefusedAsCommon] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.intersection(
        z.object({ currentPassword: z.string().check(z.minLength(1, t('changePassword.currentRequired'))) }),
        newPasswordSchema(t, policy, username),
      ),
    [t, policy, username],
  );
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ChangePasswordValues>({
    mode: 'controlled',
    initialValues: emptyValues,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
    onValuesChange: (values, previous) => {
      if (values.password !== previous.password && values.repeatPassword !== '') form.validateField('repeatPassword');
    },
  });
  const [changePassword, { loading }] = useMutation(ChangeClientPasswordDocument);

  const handleSubmit = form.onSubmit(async ({ currentPassword, password }) => {
    setFailure(null);
    setDone(false);
    try {
      await changePassword({ variables: { currentPassword, newPassword: password } });
      form.setValues(emptyValues);
      form.resetDirty(emptyValues);
      form.clearErrors();
      setDone(true);
    } catch (error) {
      const [first] = apiErrors(error);
      if (first?.field === 'currentPassword') form.setFieldError('currentPassword', t('changePassword.currentWrong'));
      else if (first?.field === 'password' || first?.field === 'newPassword') {
        if (first.reason === 'COMMONLY_USED') setRefusedAsCommon(password);
        form.setFieldError('password', serverPasswordMessage(first, t, policy));
      } else setFailure(errorMessage(error, t));
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <PasswordInput
          label={t('changePassword.current')}
          autoComplete="current-password"
          withAsterisk
          maw={{ md: 'calc(50% - var(--mantine-spacing-lg) / 2)' }}
          visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
          {...form.getInputProps('currentPassword')}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <PasswordInput
            label={t('password.new')}
            autoComplete="new-password"
            withAsterisk
            visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('password.repeat')}
            autoComplete="new-password"
            withAsterisk
            visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
            {...form.getInputProps('repeatPassword')}
          />
        </SimpleGrid>
        <PasswordChecklist
          password={form.values.password}
          policy={policy}
          username={username}
          refusedAsCommon={refusedAsCommon !== null && refusedAsCommon === form.values.password}
        />
        {failure && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        {done && (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('changePassword.done')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
