import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/graphqlErrors';
import { useNotify } from '../app/useNotify';
import { ClientSignOutDocument } from '../gql/graphql';
import { forgetSession } from './forgetSession';

/**
 * Ends the session on the server, then forgets the client in this tab. For a staff member signed in
 * as the client this is "End session"; the screens then show that the session ended.
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const [clientSignOut, { loading }] = useMutation(ClientSignOutDocument);
  const notify = useNotify();

  const signOut = async () => {
    try {
      await clientSignOut();
    } catch (error) {
      notify.failure(t('session.signOutFailed'), errorMessage(error, t));
      return;
    }
    forgetSession(apollo.cache);
  };
  return { signOut, signingOut: loading };
}
