import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as z from 'zod/mini';
import { apiErrors, errorMessage } from '../app/graphqlErrors';
import { ClientSignInDocument, ClientViewerDocument, type ClientViewerFieldsFragment } from '../gql/graphql';
import { RecoveryCodes, SecondFactorStep, TwoFactorEnrolment } from '../two-factor/lazySteps';

/** Where the sign-in is: the password, then (when due) a code or the enrolment the group requires, then the recovery codes. */
type SignInStep =
  | { kind: 'password' }
  | { kind: 'code' | 'enrol'; challenge: string }
  | { kind: 'recovery'; codes: string[]; viewer: ClientViewerFieldsFragment };

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
  const [step, setStep] = useState<SignInStep>({ kind: 'password' });
  const apollo = useApolloClient();

  const [signIn, { loading }] = useMutation(ClientSignInDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ClientViewerDocument, data: { clientViewer: data.clientSignIn } });
    },
  });

  // A refused password is typed again from scratch; the field is not "invalid" (the alert says what
  // happened), so it gets no "Enter your password." of its own until the person types in it again.
  const [passwordCleared, setPasswordCleared] = useState(false);
  const clearPassword = () => {
    form.setFieldValue('password', '');
    setPasswordCleared(true);
  };
  const passwordProps = form.getInputProps('password');

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await signIn({ variables: { username: values.username.trim(), password: values.password } });
    } catch (error) {
      const secondFactor = apiErrors(error).find((apiError) => apiError.code === 'SECOND_FACTOR_REQUIRED');
      if (secondFactor?.challenge) {
        setStep({ kind: secondFactor.enrolmentRequired ? 'enrol' : 'code', challenge: secondFactor.challenge });
        clearPassword();
        return;
      }
      // Every refusal is the same one, whatever the reason: said in the reader's language.
      const refused = apiErrors(error).some((apiError) => apiError.code === 'UNAUTHENTICATED');
      setFailure(refused ? t('signIn.refused') : errorMessage(error, t));
      clearPassword();
    }
  });

  const forgotPasswordState: ForgotPasswordState = { username: form.values.username.trim() || undefined };
  const restart = (message?: string) => {
    setStep({ kind: 'password' });
    setFailure(message ?? null);
  };

  if (step.kind === 'code') return <SecondFactorStep challenge={step.challenge} onRestart={restart} />;
  if (step.kind === 'enrol') {
    // The group requires two-factor sign-in: nothing else opens before an authenticator app is set up.
    return (
      <Stack gap="md">
        <Text fw={600}>{t('twoFactor.enrolRequiredTitle')}</Text>
        <Text size="sm">{t('twoFactor.enrolRequiredIntro')}</Text>
        <TwoFactorEnrolment
          challenge={step.challenge}
          onConfirmed={(codes, viewer) => setStep({ kind: 'recovery', codes, viewer })}
          onCancel={() => restart()}
          onChallengeExpired={() => restart(t('twoFactor.challengeExpired'))}
        />
      </Stack>
    );
  }
  if (step.kind === 'recovery') {
    const { viewer } = step;
    return (
      <RecoveryCodes
        codes={step.codes}
        onContinue={() => apollo.cache.writeQuery({ query: ClientViewerDocument, data: { clientViewer: viewer } })}
      />
    );
  }

  return (
    <form
      onSubmit={(event) => {
        setPasswordCleared(false);
        handleSubmit(event);
      }}
      noValidate
    >
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
          {...passwordProps}
          error={passwordCleared ? undefined : form.errors.password}
          onChange={(event) => {
            setPasswordCleared(false);
            form.setFieldValue('password', event.currentTarget.value);
          }}
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
