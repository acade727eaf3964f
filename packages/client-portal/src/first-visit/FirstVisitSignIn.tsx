import { useEffect, useMemo, type CSSProperties, type MouseEvent } from 'react';
import type { Root } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { PasswordStep } from '../auth/PasswordStep';
import { SignInLanding } from '../auth/SignInLanding';
import { refusedSignIn, type SignInAttempt } from '../auth/signInOutcome';
import type { ForgotPasswordState, SecondFactorOwedState } from '../auth/SignInForm';
import type { Branding } from '../branding/brandingContext';
import { darkPrimaryShade, primaryPalette, primaryShade, relativeLuminance } from '../branding/primaryPalette';
import { defaultLanguage, isLanguage, languageName, languages } from '../i18n/languages';
import classes from './FirstVisit.module.css';
import { fetchGraphQL } from './graphqlFetch';
import { preloadPortal, startPortal } from './startPortal';

/** Mantine's teal, the portal's colour before an agency sets its own. */
const DEFAULT_PRIMARY = '#12b886';
/** As the portal's theme decides: above this luminance a colour takes black text, below it white. */
const LUMINANCE_THRESHOLD = 0.183;
const MIN_TEXT_CONTRAST = 4.6;

/** The text colour a filled colour takes, as the portal's theme decides it. */
const contrastOf = (filled: string) => ((relativeLuminance(filled) ?? 0) > LUMINANCE_THRESHOLD ? '#000' : '#fff');

/**
 * The agency's colour for the Mantine variables the plain sign-in form reads (the stylesheet maps
 * them, per colour scheme), in the shades the portal's theme uses: filled and its text, and links readable on white; the dark scheme's (see the
 * stylesheet) one shade lighter, and links lighter still.
 */
function brandVariables(primaryColor: string | null | undefined): CSSProperties {
  const palette = primaryPalette(primaryColor ?? '') ?? primaryPalette(DEFAULT_PRIMARY);
  const filled = palette?.[primaryShade] ?? DEFAULT_PRIMARY;
  const filledDark = palette?.[darkPrimaryShade] ?? filled;
  const onWhite = (color: string) => 1.05 / ((relativeLuminance(color) ?? 0) + 0.05) >= MIN_TEXT_CONTRAST;
  return {
    '--first-visit-filled': filled,
    '--first-visit-contrast': contrastOf(filled),
    '--first-visit-anchor': palette?.slice(primaryShade).find(onWhite) ?? '#000',
    '--first-visit-filled-dark': filledDark,
    '--first-visit-contrast-dark': contrastOf(filledDark),
    '--first-visit-anchor-dark': palette?.[3] ?? filledDark,
  } as CSSProperties;
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
  const style = useMemo(() => brandVariables(branding.primaryColor), [branding.primaryColor]);
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;

  useEffect(() => {
    document.title = branding.portalName || t('app.title');
  }, [branding.portalName, t]);

  useEffect(() => {
    const preload = () => preloadPortal();
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(preload, { timeout: 4000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(preload, 1500);
    return () => window.clearTimeout(handle);
  }, []);

  const signIn: SignInAttempt = async (username, password) => {
    const answer = await fetchGraphQL<{ clientSignIn: { username: string } | null }>(signInMutation, { username, password });
    if (answer.kind === 'unreachable') return { kind: 'refused', message: t('errors.network') };
    if (answer.kind === 'unexpected') return { kind: 'refused', message: t('errors.unexpected') };
    if (answer.data?.clientSignIn) {
      await startPortal(root);
      return { kind: 'signedIn' };
    }
    return refusedSignIn(answer.errors, t, t('errors.unexpected'));
  };

  const onSecondFactor = (challenge: string, enrolmentRequired: boolean) => {
    const state: SecondFactorOwedState = { secondFactor: { challenge, enrolmentRequired } };
    void startPortal(root, { to: '/sign-in', state });
  };

  const forgotPasswordHref = `${import.meta.env.BASE_URL}forgot-password`;
  return (
    <div className={classes.frame} style={style}>
      <a href="#main-content" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <a href={import.meta.env.BASE_URL} className={classes.brand}>
          {/* The name follows, so the logo itself says nothing more to a screen reader. */}
          {branding.logoUrl && <img src={branding.logoUrl} alt="" className={classes.logo} />}
          <h1 className={classes.brandName}>{branding.portalName}</h1>
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
        <SignInLanding welcomeText={branding.welcomeText}>
          <PasswordStep
            signIn={signIn}
            onSecondFactor={onSecondFactor}
            forgotPasswordLink={(username, className) => (
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
