import { useBranding } from '../branding/brandingContext';
import { SignInLanding } from './SignInLanding';
import { SignInForm } from './SignInForm';

/** The sign-in page inside the portal (after signing out, or an address that needs a session). */
export function SignInPage() {
  const { welcomeText } = useBranding();
  return (
    <SignInLanding welcomeText={welcomeText}>
      <SignInForm />
    </SignInLanding>
  );
}
