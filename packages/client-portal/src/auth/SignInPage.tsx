import { useTranslation } from 'react-i18next';
import { usePageHeading, usePageTitle } from '../app/usePageTitle';
import { useWelcomeText } from '../branding/brandingContext';
import { SignInLanding } from './SignInLanding';
import { SignInForm } from './SignInForm';

/** The sign-in page inside the portal (after signing out, or an address that needs a session). */
export function SignInPage() {
  const { t } = useTranslation();
  const welcomeText = useWelcomeText();
  usePageTitle(t('signIn.title'));
  const heading = usePageHeading<HTMLHeadingElement>();
  return (
    <SignInLanding welcomeText={welcomeText} heading={heading}>
      <SignInForm />
    </SignInLanding>
  );
}
