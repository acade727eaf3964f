import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './SignInLanding.module.css';

interface SignInLandingProps {
  welcomeText: string;
  /** The step of the sign-in: the password form, a code, the enrolment or the recovery codes. */
  children: ReactNode;
}

/** The agency's welcome text and the sign-in, beside how a client gets an account; plain HTML, as the first page loads it. */
export function SignInLanding({ welcomeText, children }: SignInLandingProps) {
  const { t } = useTranslation();
  return (
    <div className={classes.grid}>
      <section className={`${classes.card} ${classes.main}`} aria-labelledby="sign-in-title">
        <div>
          <h2 className={classes.title} id="sign-in-title">
            {t('signIn.title')}
          </h2>
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
