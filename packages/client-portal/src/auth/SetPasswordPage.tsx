import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck, IconLinkOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiErrors, errorMessage } from '../app/graphqlErrors';
import { ClientViewerDocument, SetClientPasswordDocument } from '../gql/graphql';
import { AuthCard } from './AuthCard';
import { newPasswordSchema, type NewPasswordValues } from './newPasswordSchema';
import { PasswordChecklist } from './PasswordChecklist';
import { serverPasswordMessage, usePasswordPolicy } from './passwordRules';
import { useFragmentSecret } from './useFragmentSecret';

/** Which letter the link came in: the welcome letter (first password) or a password reset. */
export type SetPasswordPurpose = 'welcome' | 'reset';

/** Why a link's token cannot be used; MISSING when the address carries none. */
export type TokenProblem = 'MISSING' | 'TOKEN_INVALID' | 'TOKEN_USED' | 'TOKEN_EXPIRED';

const tokenReasons: readonly TokenProblem[] = ['TOKEN_INVALID', 'TOKEN_USED', 'TOKEN_EXPIRED'];

function isTokenReason(reason: string | null): reason is TokenProblem {
  return reason !== null && (tokenReasons as readonly string[]).includes(reason);
}

/**
 * The page a welcome or reset letter links to (`/portal/welcome#token=...`, `/portal/reset-password#token=...`):
 * a new password, typed twice and checked as it is typed, then the way to sign in.
 */
export function SetPasswordPage({ purpose }: { purpose: SetPasswordPurpose }) {
  const { t } = useTranslation();
  const token = useFragmentSecret('token');
  const [tokenProblem, setTokenProblem] = useState<TokenProblem | null>(token ? null : 'MISSING');
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const apollo = useApolloClient();
  const [setClientPassword, { loading }] = useMutation(SetClientPasswordDocument);

  const policy = usePasswordPolicy();
  const [refusedAsCommon, setRefusedAsCommon] = useState<string | null>(null);
  const schema = useMemo(() => newPasswordSchema(t, policy), [t, policy]);
  const form = useForm<NewPasswordValues>({
    mode: 'controlled',
    initialValues: { password: '', repeatPassword: '' },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
    onValuesChange: (values, previous) => {
      // The repeat is compared again when the first password changes under it.
      if (values.password !== previous.password && values.repeatPassword !== '') form.validateField('repeatPassword');
    },
  });

  const handleSubmit = form.onSubmit(async ({ password }) => {
    if (!token) return;
    setFailure(null);
    try {
      await setClientPassword({ variables: { token, password } });
      setDone(true);
      // Every session of the client ends with a new password, perhaps this tab's too.
      void apollo.refetchQueries({ include: [ClientViewerDocument] });
    } catch (error) {
      const [first] = apiErrors(error);
      if (first?.field === 'token') setTokenProblem(isTokenReason(first.reason) ? first.reason : 'TOKEN_INVALID');
      else if (first?.field === 'password') {
        if (first.reason === 'COMMONLY_USED') setRefusedAsCommon(password);
        form.setFieldError('password', serverPasswordMessage(first, t, policy));
      } else setFailure(errorMessage(error, t));
    }
  });

  const title = purpose === 'welcome' ? t('setPassword.welcomeTitle') : t('setPassword.resetTitle');

  if (done) {
    return (
      <AuthCard title={title}>
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('setPassword.doneTitle')} role="status">
          {t('setPassword.doneText')}
        </Alert>
        <Button component={Link} to="/sign-in" fullWidth>
          {t('setPassword.signIn')}
        </Button>
      </AuthCard>
    );
  }

  if (tokenProblem) {
    return (
      <AuthCard title={title}>
        <Alert color="red" icon={<IconLinkOff aria-hidden />} title={t(`setPassword.tokenProblems.${tokenProblem}.title`)} role="alert">
          <Stack gap="xs">
            <Text size="sm">{t(`setPassword.tokenProblems.${tokenProblem}.text`)}</Text>
            <Text size="sm">{t('setPassword.askForNewLink')}</Text>
          </Stack>
        </Alert>
        <Button component={Link} to="/forgot-password" variant="light" fullWidth>
          {t('signIn.forgotPassword')}
        </Button>
        <Anchor component={Link} to="/sign-in" size="sm" ta="center">
          {t('auth.backToSignIn')}
        </Anchor>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={title} intro={purpose === 'welcome' ? t('setPassword.welcomeIntro') : t('setPassword.resetIntro')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <PasswordInput
            label={t('password.new')}
            autoComplete="new-password"
            withAsterisk
            data-autofocus
            visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
            {...form.getInputProps('password')}
          />
          <PasswordChecklist
            password={form.values.password}
            policy={policy}
            refusedAsCommon={refusedAsCommon !== null && refusedAsCommon === form.values.password}
          />
          <PasswordInput
            label={t('password.repeat')}
            autoComplete="new-password"
            withAsterisk
            visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
            {...form.getInputProps('repeatPassword')}
          />
          {failure && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {failure}
            </Alert>
          )}
          <Button type="submit" loading={loading} fullWidth>
            {t('setPassword.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
