import { Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { loadOtherScreenTexts } from '../../i18n/i18n';

/** The sign-in's second steps and the account dialogs: chunks of their own, fetched when first shown (they stay out of every route's budget). */
function lazyNamed<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  // The steps' texts are the other screens' (i18n.ts): fetched beside the code.
  const Lazy = lazy(async () => {
    const [component] = await Promise.all([load(), loadOtherScreenTexts()]);
    return { default: component };
  });
  return function LazyComponent(props: Props) {
    return (
      <Suspense fallback={<Loader size="sm" />}>
        <Lazy {...(props as ComponentProps<typeof Lazy>)} />
      </Suspense>
    );
  };
}

export const SecondFactorStep = lazyNamed(async () => (await import('./SecondFactorStep')).SecondFactorStep);
export const TwoFactorEnrolment = lazyNamed(async () => (await import('./TwoFactorEnrolment')).TwoFactorEnrolment);
export const RecoveryCodes = lazyNamed(async () => (await import('./RecoveryCodes')).RecoveryCodes);
export const TwoFactorDialog = lazyNamed(async () => (await import('./TwoFactorDialog')).TwoFactorDialog);
export const ChangeOwnPasswordDialog = lazyNamed(async () => (await import('../ChangeOwnPasswordDialog')).ChangeOwnPasswordDialog);
