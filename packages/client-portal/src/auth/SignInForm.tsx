import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as z from 'zod/mini';
import { apiErrors, errorMessage } from '../app/graphqlErrors';
import { ClientSignInDocument, ClientViewerDocument } from '../gql/graphql';

/** Where "Forgot password?" takes the ID typed so far, so it need not be typed twice. */
export interface ForgotPasswordState {
  username?: string;
}

/**
 * ID and password, checked as they are typed. Once signed in, the client in the cache switches the
 * portal to its signed-in pages; every refusal gets one message, whatever the reason (no hint for guessing).
 */
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
  const [failure, setFailure] = useState<string | null>(null);

  const [signIn, { loading }] = useMutation(ClientSignInDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ClientViewerDocument, data: { clientViewer: data.clientSignIn } });
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await signIn({ variables: { username: values.username.trim(), password: values.password } });
    } catch (error) {
      // Every refusal is the same one, whatever the reason: said in the reader's language.
      const refused = apiErrors(error).some((apiError) => apiError.code === 'UNAUTHENTICATED');
      setFailure(refused ? t('signIn.refused') : errorMessage(error, t));
      form.setFieldValue('password', '');
    }
  });

  const forgotPasswordState: ForgotPasswordState = { username: form.values.username.trim() || undefined };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('signIn.username')}
          description={t('signIn.usernameHint')}
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
          visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end" mt={-8}>
          <Anchor component={Link} to="/forgot-password" state={forgotPasswordState} size="sm">
            {t('signIn.forgotPassword')}
          </Anchor>
        </Group>
        {failure && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('signIn.failedTitle')} role="alert">
            {failure}
          </Alert>
        )}
        <Button type="submit" loading={loading} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
