import { ErrorCode } from '@portico/domain';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { errorMessage, hasErrorCode } from '../app/graphqlErrors';
import { ViewerDocument } from '../gql/graphql';
import { SignInPage } from './SignInPage';
import { ViewerContext } from './viewerContext';

/**
 * Asks the API who is signed in: nobody → the sign-in page (the address stays, so the staff
 * member lands where they meant to go), somebody → the routes below.
 */
export function AuthGate() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ViewerDocument);

  if (loading && !data) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  if (error && !hasErrorCode(error, ErrorCode.UNAUTHENTICATED)) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480}>
          <Alert color="red" title={t('app.startupFailed')}>
            {errorMessage(error, t)}
          </Alert>
          <Button variant="light" onClick={() => void refetch()}>
            {t('errors.tryAgain')}
          </Button>
        </Stack>
      </Center>
    );
  }

  const viewer = data?.viewer ?? null;
  if (!viewer) return <SignInPage />;

  return (
    <ViewerContext.Provider value={viewer}>
      <Outlet />
    </ViewerContext.Provider>
  );
}
