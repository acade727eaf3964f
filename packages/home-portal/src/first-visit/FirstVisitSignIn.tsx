import { fetchGraphQL, PasswordStep, plainPageClassName, plainPageStyle, type SignInAttempt, whenIdle } from '@portico/ui';
import { useEffect } from 'react';
import type { Root } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { portalRequestHeaders } from '../app/apiRequest';
// The app's texts, ready before the first render (the whole app later wraps them in its provider).
import '../i18n/i18n';
import { SignInCard } from '../auth/SignInCard';
import type { SecondFactorOwedState } from '../auth/SignInForm';
import { usePasswordStepTexts } from '../auth/passwordStepTexts';
import { refusedSignIn } from '../auth/signInOutcome';
import { preloadPortal, startPortal } from './startPortal';

/** The Home Portal theme's primary colour (Mantine's indigo, shade 8 in both schemes) and its links. */
const indigo = plainPageStyle({ filled: '#3b5bdb', anchor: '#3b5bdb', filledDark: '#3b5bdb', anchorDark: '#91a7ff' });

const signInMutation = `mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) { username }
}`;

/**
 * The sign-in page as a visitor's first page, without the GraphQL client and Mantine. Signed in, or
 * owing a second factor, the visitor is handed to the whole app (fetched meanwhile) at the same address.
 */
export function FirstVisitSignIn({ root }: { root: Root }) {
  const { t } = useTranslation();
  const texts = usePasswordStepTexts();
  useEffect(() => whenIdle(preloadPortal), []);

  const signIn: SignInAttempt = async (username, password) => {
    const answer = await fetchGraphQL<{ signIn: { username: string } | null }>(portalRequestHeaders, signInMutation, {
      username,
      password,
    });
    if (answer.kind === 'unreachable') return { kind: 'refused', message: t('errors.network') };
    if (answer.kind === 'unexpected') return { kind: 'refused', message: t('errors.unexpected') };
    if (answer.data?.signIn) {
      await startPortal(root);
      return { kind: 'signedIn' };
    }
    return refusedSignIn(answer.errors, t, t('errors.unexpected'));
  };

  const onSecondFactor = (challenge: string, enrolmentRequired: boolean) => {
    const state: SecondFactorOwedState = { secondFactor: { challenge, enrolmentRequired } };
    void startPortal(root, { state });
  };

  return (
    <div className={plainPageClassName} style={indigo}>
      <SignInCard>
        <PasswordStep texts={texts} signIn={signIn} onSecondFactor={onSecondFactor} />
      </SignInCard>
    </div>
  );
}
