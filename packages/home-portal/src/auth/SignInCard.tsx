import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './SignInCard.module.css';

/** The sign-in page: the product, the title and the step of the sign-in; plain HTML, as a visitor's first page loads it. */
export function SignInCard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className={classes.page}>
      <section className={classes.card} aria-labelledby="sign-in-title">
        <div className={classes.heading}>
          <p className={classes.product}>{t('app.productName')}</p>
          <h1 className={classes.title} id="sign-in-title">
            {t('signIn.title')}
          </h1>
          <p className={classes.subtitle}>{t('signIn.subtitle')}</p>
        </div>
        {children}
      </section>
    </main>
  );
}
