import { Menu, Text } from '@mantine/core';
import { IconKey, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeOwnPasswordDialog, TwoFactorDialog } from './two-factor/lazySteps';
import { AccountButton } from './UserMenu';
import { useSignOut } from './useSignOut';
import { useSignedInViewer } from './viewerContext';

interface AccountMenuProps {
  /** Open at once: the button was pressed before this code arrived. */
  opened: boolean;
  /** Focus the button at once: it had the focus when this code arrived and took its place. */
  focused: boolean;
}

/** The account menu behind the header's button (see UserMenu): the own password, two-factor sign-in, signing out. */
export function AccountMenu({ opened, focused }: AccountMenuProps) {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const { signOut, signingOut } = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  const [twoFactorOpen, setTwoFactorOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focused) button.current?.focus();
  }, [focused]);

  return (
    <>
      <Menu position="bottom-end" width={220} withinPortal defaultOpened={opened}>
        <Menu.Target>
          <AccountButton ref={button} />
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
