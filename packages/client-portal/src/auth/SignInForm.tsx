import { useApolloClient, useMutation } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { apiErrors } from '../app/graphqlErrors';
import { ClientSignInDocument, ClientViewerDocument, type ClientViewerFieldsFragment } from '../gql/graphql';
import { RecoveryCodes, SecondFactorStep, TwoFactorEnrolment } from '../two-factor/lazySteps';
import { PasswordStep, type SignInAttempt } from '@portico/ui';
import { usePasswordStepTexts } from './passwordStepTexts';
import { refusedSignIn } from './signInOutcome';

/** Where the sign-in is: the password, then (when due) a code or the enrolment the group requires, then the recovery codes. */
type SignInStep =
  | { kind: 'password' }
  | { kind: 'code' | 'enrol'; challenge: string }
  | { kind: 'recovery'; codes: string[]; viewer: ClientViewerFieldsFragment };

/** Where "Forgot password?" takes the ID typed so far, so it need not be typed twice. */
export interface ForgotPasswordState {
  username?: string;
}

/** The sign-in page's state when the first page hands a second factor owed over to the portal. */
export interface SecondFactorOwedState {
  secondFactor?: { challenge: string; enrolmentRequired: boolean };
}

function firstStep(state: unknown): SignInStep {
  const owed = (state as SecondFactorOwedState | null)?.secondFactor;
  if (!owed) return { kind: 'password' };
  return { kind: owed.enrolmentRequired ? 'enrol' : 'code', challenge: owed.challenge };
}

/**
 * The steps of signing in. Once signed in, the client in the cache switches the portal to its
 * signed-in pages.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const location = useLocation();
  const [step, setStep] = useState<SignInStep>(() => firstStep(location.state));
  const [failure, setFailure] = useState<string | null>(null);
  const apollo = useApolloClient();
  const texts = usePasswordStepTexts();

  const [signInMutation] = useMutation(ClientSignInDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ClientViewerDocument, data: { clientViewer: data.clientSignIn } });
    },
  });
  const signIn: SignInAttempt = async (username, password) => {
    try {
      await signInMutation({ variables: { username, password } });
      return { kind: 'signedIn' };
    } catch (error) {
      return refusedSignIn(apiErrors(error), t, t('errors.network'));
    }
  };

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
    <PasswordStep
      texts={texts}
      signIn={signIn}
      initialFailure={failure}
      onSecondFactor={(challenge, enrolmentRequired) => setStep({ kind: enrolmentRequired ? 'enrol' : 'code', challenge })}
      linkBelowPassword={(username, className) => {
        const state: ForgotPasswordState = { username: username || undefined };
        return (
          <Link to="/forgot-password" state={state} className={className}>
            {t('signIn.forgotPassword')}
          </Link>
        );
      }}
    />
  );
}
