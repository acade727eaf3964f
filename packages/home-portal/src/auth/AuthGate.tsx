import { ErrorCode } from '@portico/domain';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { errorMessage, hasErrorCode } from '../app/graphqlErrors';
import { ViewerDocument } from './viewer.generated';
import { pages } from '../app/pages';
import { usePreloadWhenIdle } from '../app/lazyPage';
import { ViewerContext } from './viewerContext';

const signedOut = [pages.layout, pages.clients];
const signedIn: typeof signedOut = [];

/**
 * Asks the API who is signed in: nobody → the sign-in page (the address stays, so the staff
 * member lands where they meant to go), somebody → the routes below.
 */
export function AuthGate() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  const viewer = data?.viewer ?? null;
  // Signed out, the shell and the clients list come next: fetched while the staff member types.
  usePreloadWhenIdle(viewer ? signedIn : signedOut);

  const loader = (
    <Center mih="100vh" role="status" aria-live="polite">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
  if (loading && !data) return loader;

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

  return (
    <Suspense fallback={loader}>
      {viewer ? (
        <ViewerContext.Provider value={viewer}>
          <Outlet />
        </ViewerContext.Provider>
      ) : (
        <pages.signIn.Page />
      )}
    </Suspense>
  );
}
