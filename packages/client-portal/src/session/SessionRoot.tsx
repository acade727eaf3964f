import { useQuery } from '@apollo/client/react';
import { Button, Center, Loader, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PortalLayout } from '../app/PortalLayout';
import { errorMessage } from '../app/graphqlErrors';
import { FullPageMessage } from '../branding/FullPageMessage';
import { ClientViewerDocument } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { isLanguage } from '../i18n/languages';
import { SessionContext, type EndedSession, type Session } from './sessionContext';

/**
 * The root of every route: finds out who is signed in, shows the portal in the client's Preferred
 * Language, and remembers whose session has ended in this tab.
 */
export function SessionRoot() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ClientViewerDocument);
  const viewer = data?.clientViewer ?? null;

  // Remembered past the viewer itself: once the session is gone, the tab still knows whose it was.
  const [lastSession, setLastSession] = useState<EndedSession | null>(null);
  const currentSession: EndedSession | null = viewer ? (viewer.impersonation ? 'IMPERSONATION' : 'CLIENT') : lastSession;
  if (currentSession !== lastSession) setLastSession(currentSession);

  // The client's Preferred Language wins when a session starts or the preference is saved; switching
  // in between is the reader's own choice. (The app's i18next instance itself: the hook's changes identity
  // with every language, which would undo each switch.)
  const preferredLanguage = viewer?.preferredLanguage;
  const username = viewer?.username;
  useEffect(() => {
    if (isLanguage(preferredLanguage)) void i18n.changeLanguage(preferredLanguage);
  }, [username, preferredLanguage]);

  const session = useMemo<Session>(() => ({ viewer, endedSession: viewer ? null : lastSession }), [viewer, lastSession]);

  if (!data) {
    if (error) {
      return (
        <FullPageMessage icon={<IconPlugConnectedX size={48} stroke={1.5} aria-hidden />} title={t('session.loadFailedTitle')}>
          <Text c="dimmed">{errorMessage(error, t)}</Text>
          <Button onClick={() => void refetch().catch(() => undefined)}>{t('app.tryAgain')}</Button>
        </FullPageMessage>
      );
    }
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  return (
    <SessionContext.Provider value={session}>
      <PortalLayout />
    </SessionContext.Provider>
  );
}
