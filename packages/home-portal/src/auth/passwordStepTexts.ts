import type { PasswordStepTexts } from '@portico/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The sign-in form's words, for the shared password step. */
export function usePasswordStepTexts(): PasswordStepTexts {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      username: t('signIn.username'),
      usernameRequired: t('signIn.usernameRequired'),
      password: t('signIn.password'),
      passwordRequired: t('signIn.passwordRequired'),
      toggleVisibility: t('signIn.togglePasswordVisibility'),
      failedTitle: t('signIn.failedTitle'),
      submit: t('signIn.submit'),
    }),
    [t],
  );
}
