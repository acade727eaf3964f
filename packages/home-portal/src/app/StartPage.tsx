import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSignedInViewer } from '../auth/viewerContext';
import { visiblePages } from './navigation';

/** Where `/` leads: the clients list, else the first configuration page the viewer may open, else a note. */
export function StartPage() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const pages = visiblePages(viewer.rights);
  if (pages.clients) return <Navigate to="/clients" replace />;
  const first = pages.sections[0]?.pages[0];
  if (first) return <Navigate to={first.to} replace />;
  return (
    <Stack gap="xs">
      <Title order={2}>{t('app.welcome', { name: viewer.fullName })}</Title>
      <Text c="dimmed">{t('app.noPages')}</Text>
    </Stack>
  );
}
