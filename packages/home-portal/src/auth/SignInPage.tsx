import { SignInCard } from './SignInCard';
import { SignInForm } from './SignInForm';

/** The sign-in page inside the app (after signing out, or when the session ended). */
export function SignInPage() {
  return (
    <SignInCard>
      <SignInForm />
    </SignInCard>
  );
}
