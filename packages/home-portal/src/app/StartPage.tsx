import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSignedInViewer } from '../auth/viewerContext';
import { visiblePages } from './navigation';

/** Where `/` leads: the clients list, else the first other page the viewer may open, else a note. */
export function StartPage() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const pages = visiblePages(viewer.rights);
  const first = pages.topLevel[0] ?? pages.sections[0]?.pages[0];
  if (first) return <Navigate to={first.to} replace />;
  return (
    <Stack gap="xs">
      <Title order={2}>{t('app.welcome', { name: viewer.fullName })}</Title>
      <Text c="dimmed">{t('app.noPages')}</Text>
    </Stack>
  );
}
