import {
  fetchGraphQL,
  PasswordStep,
  plainPageClassName,
  plainPageStyle,
  readsOnWhite,
  type PlainPageColors,
  type SignInAttempt,
  whenIdle,
} from '@portico/ui';
import { textInLanguage } from '@portico/domain';
import { useEffect, useMemo, type MouseEvent } from 'react';
import type { Root } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { portalRequestHeaders } from '../app/apiRequest';
import { toApiError } from '../app/apiErrorMessages';
import { usePasswordStepTexts } from '../auth/passwordStepTexts';
import { SignInLanding } from '../auth/SignInLanding';
import { refusedSignIn } from '../auth/signInOutcome';
import type { ForgotPasswordState, SecondFactorOwedState } from '../auth/SignInForm';
import type { Branding } from '../branding/brandingContext';
import { darkPrimaryShade, primaryPalette, primaryShade } from '../branding/primaryPalette';
import { defaultLanguage, isLanguage, languageName, languages } from '../i18n/languages';
import classes from './FirstVisit.module.css';
import { preloadPortal, startPortal } from './startPortal';

/** Mantine's teal, the portal's colour before an agency sets its own. */
const DEFAULT_PRIMARY = '#12b886';

/**
 * The agency's colour in the shades the portal's theme uses: filled (buttons) and links readable on
 * white; in the dark scheme one shade lighter, and links lighter still.
 */
function brandColors(primaryColor: string | null | undefined): PlainPageColors {
  const palette = primaryPalette(primaryColor ?? '') ?? primaryPalette(DEFAULT_PRIMARY);
  const filled = palette?.[primaryShade] ?? DEFAULT_PRIMARY;
  const filledDark = palette?.[darkPrimaryShade] ?? filled;
  return {
    filled,
    anchor: palette?.slice(primaryShade).find(readsOnWhite) ?? '#000',
    filledDark,
    anchorDark: palette?.[3] ?? filledDark,
  };
}

const signInMutation = `mutation ClientSignIn($username: String!, $password: String!) {
  clientSignIn(username: $username, password: $password) { username }
}`;

interface FirstVisitSignInProps {
  branding: Branding;
  /** The page's React root, which the whole portal takes over once the visitor is signed in or goes elsewhere. */
  root: Root;
}

/** A plain click (no new tab, no modifier) that the page handles itself. */
const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * The sign-in page as a visitor's first page: the agency's brand, the language switcher and the
 * password step, without the GraphQL client and Mantine. Signed in, or owing a second factor, or
 * following "Forgot password?", the visitor is handed to the whole portal, fetched meanwhile.
 */
export function FirstVisitSignIn({ branding, root }: FirstVisitSignInProps) {
  const { t, i18n } = useTranslation();
  const style = useMemo(() => plainPageStyle(brandColors(branding.primaryColor)), [branding.primaryColor]);
  const texts = usePasswordStepTexts();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('signIn.title'), portal: branding.portalName || t('app.title') });
  }, [branding.portalName, t]);

  useEffect(() => whenIdle(preloadPortal), []);

  const signIn: SignInAttempt = async (username, password) => {
    const answer = await fetchGraphQL<{ clientSignIn: { username: string } | null }>(portalRequestHeaders, signInMutation, {
      username,
      password,
    });
    if (answer.kind === 'unreachable') return { kind: 'refused', message: t('errors.network') };
    if (answer.kind === 'unexpected') return { kind: 'refused', message: t('errors.unexpected') };
    if (answer.data?.clientSignIn) {
      await startPortal(root);
      return { kind: 'signedIn' };
    }
    return refusedSignIn(answer.errors.map(toApiError), t, t('errors.unexpected'));
  };

  const onSecondFactor = (challenge: string, enrolmentRequired: boolean) => {
    const state: SecondFactorOwedState = { secondFactor: { challenge, enrolmentRequired } };
    void startPortal(root, { to: '/sign-in', state });
  };

  const forgotPasswordHref = `${import.meta.env.BASE_URL}forgot-password`;
  return (
    <div className={`${plainPageClassName} ${classes.frame}`} style={style}>
      <a href="#main-content" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <a href={import.meta.env.BASE_URL} className={classes.brand}>
          {/* The name follows, so the logo itself says nothing more to a screen reader. */}
          {branding.logoUrl && <img src={branding.logoUrl} alt="" className={classes.logo} />}
          {/* The name, not a heading: the page's one <h1> is its own title. */}
          <span className={classes.brandName}>{branding.portalName}</span>
        </a>
        <select
          className={classes.language}
          aria-label={t('language.label')}
          value={current}
          onChange={(event) => {
            const language = event.currentTarget.value;
            if (isLanguage(language)) void i18n.changeLanguage(language);
          }}
        >
          {languages.map((language) => (
            <option key={language} value={language}>
              {languageName(language)}
            </option>
          ))}
        </select>
      </header>
      <main id="main-content" tabIndex={-1} className={classes.main}>
        <SignInLanding welcomeText={textInLanguage(branding.welcomeText, branding.welcomeTranslations, i18n.language)}>
          <PasswordStep
            texts={texts}
            signIn={signIn}
            onSecondFactor={onSecondFactor}
            linkBelowPassword={(username, className) => (
              <a
                href={forgotPasswordHref}
                className={className}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  const state: ForgotPasswordState = { username: username || undefined };
                  void startPortal(root, { to: '/forgot-password', state });
                }}
              >
                {t('signIn.forgotPassword')}
              </a>
            )}
          />
        </SignInLanding>
      </main>
    </div>
  );
}
