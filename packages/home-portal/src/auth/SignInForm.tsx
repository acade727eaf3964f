import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { PasswordStep, type SignInAttempt } from '@portico/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { errorMessage } from '../app/graphqlErrors';
import { SignInDocument, ViewerDocument, type ViewerFieldsFragment } from './viewer.generated';
import { usePasswordStepTexts } from './passwordStepTexts';
import { refusedSignIn } from './signInOutcome';
import { RecoveryCodes, SecondFactorStep, TwoFactorEnrolment } from './two-factor/lazySteps';

/** Where the sign-in is: the password, then (when due) a code or the enrolment the group requires, then the recovery codes. */
type SignInStep =
  | { kind: 'password' }
  | { kind: 'code' | 'enrol'; challenge: string }
  | { kind: 'recovery'; codes: string[]; viewer: ViewerFieldsFragment };

/** The sign-in's state when the first page hands a second factor owed over to the portal. */
export interface SecondFactorOwedState {
  secondFactor?: { challenge: string; enrolmentRequired: boolean };
}

function firstStep(state: unknown): SignInStep {
  const owed = (state as SecondFactorOwedState | null)?.secondFactor;
  if (!owed) return { kind: 'password' };
  return { kind: owed.enrolmentRequired ? 'enrol' : 'code', challenge: owed.challenge };
}

/** The steps of signing in; on success the viewer in the cache switches the app to the signed-in shell. */
export function SignInForm() {
  const { t } = useTranslation();
  const location = useLocation();
  const texts = usePasswordStepTexts();
  const [step, setStep] = useState<SignInStep>(() => firstStep(location.state));
  const [restartMessage, setRestartMessage] = useState<string | null>(null);
  const apollo = useApolloClient();
  const [signInMutation] = useMutation(SignInDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.signIn } });
    },
  });
  const signIn: SignInAttempt = async (username, password) => {
    try {
      await signInMutation({ variables: { username, password } });
      return { kind: 'signedIn' };
    } catch (error) {
      return refusedSignIn(CombinedGraphQLErrors.is(error) ? error.errors : [], t, errorMessage(error as ErrorLike, t));
    }
  };

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
    <PasswordStep
      texts={texts}
      signIn={signIn}
      initialFailure={restartMessage}
      onSecondFactor={(challenge, enrolmentRequired) => setStep({ kind: enrolmentRequired ? 'enrol' : 'code', challenge })}
    />
  );
}
