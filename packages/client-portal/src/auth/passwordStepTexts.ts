import type { PasswordStepTexts } from '@portico/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The sign-in form's words in the reader's language, for the shared password step. */
export function usePasswordStepTexts(): PasswordStepTexts {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      username: t('signIn.username'),
      usernameHint: t('signIn.usernameHint'),
      usernameRequired: t('signIn.usernameRequired'),
      password: t('signIn.password'),
      passwordRequired: t('signIn.passwordRequired'),
      toggleVisibility: t('password.toggleVisibility'),
      failedTitle: t('signIn.failedTitle'),
      submit: t('signIn.submit'),
    }),
    [t],
  );
}
