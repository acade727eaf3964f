import { Stack, Tabs } from '@mantine/core';
import { IconHistory, IconSettings } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageLoading } from '../app/lazyPage';
import { useClientMay } from '../session/clientRights';
import { PageTitle } from '../app/PageTitle';

const tabs = [
  { value: 'settings', path: '/profile' },
  { value: 'activity', path: '/profile/activity' },
] as const;

/**
 * Profile with its two tabs: the settings (details, language and formats, password; Profile Display)
 * and "Sign-in activity" (every signed-in client, the page the staff-session letters link to).
 */
export function ProfileLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const mayDisplayProfile = useClientMay('PROFILE', 'DISPLAY');
  // Without Profile Display only the sign-in activity is there: it stands as a page of its own.
  if (!mayDisplayProfile) return <Outlet />;

  const active = pathname.replace(/\/+$/, '').endsWith('/activity') ? 'activity' : 'settings';
  return (
    <Stack gap="lg">
      <PageTitle>{t('profile.title')}</PageTitle>
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = tabs.find((candidate) => candidate.value === value);
          if (tab) void navigate(tab.path);
        }}
      >
        <Tabs.List aria-label={t('profile.tabsLabel')}>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} aria-hidden />}>
            {t('profile.settingsTab')}
          </Tabs.Tab>
          <Tabs.Tab value="activity" leftSection={<IconHistory size={16} aria-hidden />}>
            {t('signInActivity.title')}
          </Tabs.Tab>
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="lg">
            {active === tab.value && (
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
