import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconHistory, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clientMay } from './clientRights';
import type { ClientViewer } from './sessionContext';
import { useSignOut } from './useSignOut';

/** The client's name with Profile and Sign out (End session for a staff member signed in as the client). */
export function UserMenu({ viewer }: { viewer: ClientViewer }) {
  const { t } = useTranslation();
  const { signOut } = useSignOut();
  const mayDisplayProfile = clientMay(viewer, 'PROFILE', 'DISPLAY');
  const impersonated = viewer.impersonation !== null;

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton style={{ borderRadius: 'var(--mantine-radius-xl)' }} p={2}>
          {/* The button is named by its hidden text, which contains the visible name (the initials only repeat it). */}
          <VisuallyHidden>{t('userMenu.label', { name: viewer.name })}</VisuallyHidden>
          <Group gap={6} wrap="nowrap" aria-hidden>
            <Avatar color="initials" name={viewer.name} radius="xl" size={34} />
            <Text size="sm" fw={500} visibleFrom="md" maw={200} truncate>
              {viewer.name}
            </Text>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {viewer.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {viewer.username}
          </Text>
        </Menu.Label>
        {mayDisplayProfile && (
          <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={18} aria-hidden />}>
            {t('userMenu.profile')}
          </Menu.Item>
        )}
        {!mayDisplayProfile && !impersonated && (
          <Menu.Item component={Link} to="/password" leftSection={<IconKey size={18} aria-hidden />}>
            {t('userMenu.changePassword')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/profile/activity" leftSection={<IconHistory size={18} aria-hidden />}>
          {t('signInActivity.title')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={18} aria-hidden />} onClick={() => void signOut()}>
          {impersonated ? t('impersonation.endSession') : t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
