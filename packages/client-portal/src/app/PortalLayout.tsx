import { Center, Container, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientViewer } from '../session/sessionContext';
import { usePreloadWhenIdle } from './lazyPage';
import { pages } from './pages';
import { Frame, Header, MAIN_ID, PageOutlet } from './PortalFrame';

/** Signed out, the next page is most likely the dashboard: its code and the signed-in layout's are fetched while the visitor types. */
const nextAfterSignIn = [pages.signedInLayout, pages.dashboard];
const nothingToPreload: typeof nextAfterSignIn = [];

/**
 * Every page: the agency's brand and the language switcher in the header; signed in, the
 * signed-in layout (navigation, user menu, impersonation banner), fetched with the first signed-in page.
 */
export function PortalLayout() {
  const viewer = useClientViewer();
  const { t } = useTranslation();
  usePreloadWhenIdle(viewer ? nothingToPreload : nextAfterSignIn);

  if (viewer) {
    return (
      <Suspense
        fallback={
          <Center mih="100vh" role="status" aria-live="polite">
            <Loader aria-label={t('app.loading')} />
          </Center>
        }
      >
        <pages.signedInLayout.Page viewer={viewer} />
      </Suspense>
    );
  }
  return (
    <Frame header={<Header />}>
      <Container size="lg" py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }} component="main" id={MAIN_ID} tabIndex={-1}>
        <PageOutlet />
      </Container>
    </Frame>
  );
}
