import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ErrorCode } from '@portico/domain';
import { errorMessage, hasErrorCode } from '../app/graphqlErrors';
import { SignInDocument, ViewerDocument } from '../gql/graphql';

/** Username and password, checked as they are typed; on success the viewer in the cache switches the app to the signed-in shell. */
export function SignInForm() {
  const { t } = useTranslation();

  const schema = useMemo(
    () =>
      z.object({
        username: z.string().check(z.trim(), z.minLength(1, t('signIn.usernameRequired'))),
        password: z.string().check(z.minLength(1, t('signIn.passwordRequired'))),
      }),
    [t],
  );

  const form = useForm({
    mode: 'controlled',
    initialValues: { username: '', password: '' },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });

  const [signIn, { loading, error }] = useMutation(SignInDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.signIn } });
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    try {
      await signIn({ variables: { username: values.username.trim(), password: values.password } });
    } catch {
      // The hook's `error` holds what went wrong; it is shown above the button.
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('signIn.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
          data-autofocus
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          withAsterisk
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.togglePasswordVisibility') }}
          {...form.getInputProps('password')}
        />
        {error && (
          <Alert color="red" title={t('signIn.failedTitle')}>
            {hasErrorCode(error, ErrorCode.UNAUTHENTICATED) ? t('signIn.wrongCredentials') : errorMessage(error, t)}
          </Alert>
        )}
        <Button type="submit" loading={loading} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
