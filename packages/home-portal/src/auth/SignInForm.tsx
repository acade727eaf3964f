import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ErrorCode } from '@portico/domain';
import { errorMessage, hasErrorCode } from '../app/graphqlErrors';
import { SignInDocument, ViewerDocument, type ViewerFieldsFragment } from '../gql/graphql';
import { RecoveryCodes, SecondFactorStep, TwoFactorEnrolment } from './two-factor/lazySteps';

/** Where the sign-in is: the password, then (when due) a code or the enrolment the group requires, then the recovery codes. */
type SignInStep =
  | { kind: 'password' }
  | { kind: 'code' | 'enrol'; challenge: string }
  | { kind: 'recovery'; codes: string[]; viewer: ViewerFieldsFragment };

/** The step SECOND_FACTOR_REQUIRED asks for, with its challenge; null for any other refusal. */
function secondFactorDue(error: unknown): SignInStep | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors.find((e) => e.extensions?.code === ErrorCode.SECOND_FACTOR_REQUIRED)?.extensions;
  if (typeof extensions?.challenge !== 'string') return null;
  return { kind: extensions.enrolmentRequired === true ? 'enrol' : 'code', challenge: extensions.challenge };
}

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

  const [step, setStep] = useState<SignInStep>({ kind: 'password' });
  const [restartMessage, setRestartMessage] = useState<string | null>(null);
  const apollo = useApolloClient();
  const [signIn, { loading, error, reset }] = useMutation(SignInDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.signIn } });
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setRestartMessage(null);
    try {
      await signIn({ variables: { username: values.username.trim(), password: values.password } });
    } catch (failure) {
      // A second factor is due: the password was right, a code (or the enrolment the group requires) completes the sign-in.
      const due = secondFactorDue(failure);
      if (due) {
        setStep(due);
        form.setFieldValue('password', '');
        reset();
      }
      // Otherwise the hook's `error` holds what went wrong; it is shown above the button.
    }
  });

  const restart = (message?: string) => {
    setStep({ kind: 'password' });
    setRestartMessage(message ?? null);
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
    return <RecoveryCodes codes={step.codes} onContinue={() => apollo.cache.writeQuery({ query: ViewerDocument, data: { viewer } })} />;
  }

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
        {restartMessage && <Alert color="yellow">{restartMessage}</Alert>}
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
