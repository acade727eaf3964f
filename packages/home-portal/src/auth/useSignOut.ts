import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SignOutDocument, ViewerDocument } from './viewer.generated';

/** Ends the session, forgets every cached answer (they belong to the signed-out staff member) and shows the sign-in page. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const { t } = useTranslation();
  const apolloClient = useApolloClient();
  const [signOutMutation, { loading }] = useMutation(SignOutDocument);

  async function signOut() {
    try {
      await signOutMutation();
    } catch {
      notifications.show({ color: 'red', message: t('app.signOutFailed') });
      return;
    }
    // Forget what the signed-out staff member saw, without refetching it, then ask the API who is
    // signed in now (nobody): the viewer query's answer brings the sign-in page back.
    await apolloClient.clearStore();
    await apolloClient.refetchQueries({ include: [ViewerDocument] });
  }

  return { signOut, signingOut: loading };
}
