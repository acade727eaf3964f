import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './SignInLanding.module.css';

interface SignInLandingProps {
  welcomeText: string;
  /** The step of the sign-in: the password form, a code, the enrolment or the recovery codes. */
  children: ReactNode;
  /** Inside the portal, the page heading's props (its id, focus after a page change). */
  heading?: { ref: RefObject<HTMLHeadingElement | null>; id: string; tabIndex: number };
}

/** The agency's welcome text and the sign-in, beside how a client gets an account; plain HTML, as the first page loads it. */
export function SignInLanding({ welcomeText, children, heading }: SignInLandingProps) {
  const titleId = heading?.id ?? 'sign-in-title';
  const { t } = useTranslation();
  return (
    <div className={classes.grid}>
      <section className={`${classes.card} ${classes.main}`} aria-labelledby={titleId}>
        <div>
          {/* The page's one <h1>. */}
          <h1 className={classes.title} {...heading} id={titleId}>
            {t('signIn.title')}
          </h1>
          {welcomeText.trim() !== '' && <p className={classes.welcome}>{welcomeText}</p>}
        </div>
        {children}
      </section>
      <div className={classes.aside}>
        <section className={classes.card} aria-labelledby="access-title">
          <h2 className={classes.subtitle} id="access-title">
            {t('landing.accessTitle')}
          </h2>
          <p className={classes.text}>{t('landing.accessText')}</p>
        </section>
        <section className={classes.card} aria-labelledby="no-email-title">
          <h2 className={classes.subtitle} id="no-email-title">
            {t('landing.noEmailTitle')}
          </h2>
          <p className={classes.text}>{t('landing.noEmailText')}</p>
        </section>
      </div>
    </div>
  );
}
