import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignOut } from './useSignOut';
import { useSignedInViewer } from './viewerContext';

/** The signed-in staff member's name (initials only on a phone) and the account menu. */
export function UserMenu() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const { signOut, signingOut } = useSignOut();

  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('app.accountMenu')}>
          <Group gap="xs" wrap="nowrap">
            <Avatar name={viewer.fullName} color="initials" size="sm" />
            <Text size="sm" fw={500} visibleFrom="sm" lineClamp={1}>
              {viewer.fullName}
            </Text>
            <IconChevronDown size={14} stroke={1.6} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={500} c="var(--mantine-color-text)">
            {viewer.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {viewer.username}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} stroke={1.6} aria-hidden />}
          onClick={() => void signOut()}
          disabled={signingOut}
        >
          {t('app.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
