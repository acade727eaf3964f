import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKey, IconLogout, IconShieldLock, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeOwnPasswordDialog, TwoFactorDialog } from './two-factor/lazySteps';
import { useSignOut } from './useSignOut';
import { useSignedInViewer } from './viewerContext';

/** The signed-in staff member's name (initials only on a phone) and the account menu. */
export function UserMenu() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const { signOut, signingOut } = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  const [twoFactorOpen, setTwoFactorOpen] = useState(false);

  return (
    <>
      <Menu position="bottom-end" width={220} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('app.accountMenu', { name: viewer.fullName })}>
            <Group gap="xs" wrap="nowrap">
              {/* An icon, not initials: the button's name must contain all of its visible text (WCAG 2.5.3). */}
              <Avatar color="indigo" size="sm" aria-hidden>
                <IconUser size={16} stroke={1.8} />
              </Avatar>
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
          <Menu.Item leftSection={<IconKey size={16} stroke={1.6} aria-hidden />} onClick={() => setChangingPassword(true)}>
            {t('ownPassword.menu')}
          </Menu.Item>
          <Menu.Item leftSection={<IconShieldLock size={16} stroke={1.6} aria-hidden />} onClick={() => setTwoFactorOpen(true)}>
            {t('twoFactor.menu')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} stroke={1.6} aria-hidden />} onClick={() => void signOut()} disabled={signingOut}>
            {t('app.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {changingPassword && <ChangeOwnPasswordDialog opened onClose={() => setChangingPassword(false)} />}
      {twoFactorOpen && <TwoFactorDialog opened onClose={() => setTwoFactorOpen(false)} />}
    </>
  );
}
