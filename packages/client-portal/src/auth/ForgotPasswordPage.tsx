import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconMailForward } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import * as z from 'zod/mini';
import { apiErrors, errorMessage } from '../app/graphqlErrors';
import { RequestPasswordResetDocument } from '../gql/graphql';
import { AuthCard } from './AuthCard';
import type { ForgotPasswordState } from './SignInForm';

/**
 * "Forgot password?": asks for a reset link. The API answers the same whether or not the account
 * exists, and so does this page: it never tells who has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const initialUsername = (location.state as ForgotPasswordState | null)?.username ?? '';
  const schema = useMemo(() => z.object({ username: z.string().check(z.trim(), z.minLength(1, t('signIn.usernameRequired'))) }), [t]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: initialUsername },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);

  const handleSubmit = form.onSubmit(async ({ username }) => {
    setFailure(null);
    try {
      await requestReset({ variables: { username: username.trim() } });
      setSent(true);
    } catch (error) {
      // Whatever the API answered, the visitor learns the same; only a server out of reach is worth saying.
      if (apiErrors(error).length > 0) setSent(true);
      else setFailure(errorMessage(error, t));
    }
  });

  return (
    <AuthCard title={t('forgotPassword.title')} intro={sent ? undefined : t('forgotPassword.intro')}>
      {sent ? (
        <Stack gap="md">
          <Alert color="teal" icon={<IconMailForward aria-hidden />} title={t('forgotPassword.sentTitle')} role="status">
            {t('forgotPassword.sentText')}
          </Alert>
          <Button component={Link} to="/sign-in" variant="light">
            {t('auth.backToSignIn')}
          </Button>
        </Stack>
      ) : (
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
            {failure && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                {failure}
              </Alert>
            )}
            <Button type="submit" loading={loading} fullWidth>
              {t('forgotPassword.submit')}
            </Button>
            <Anchor component={Link} to="/sign-in" size="sm" ta="center">
              {t('auth.backToSignIn')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
